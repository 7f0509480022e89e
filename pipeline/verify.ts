// npm run verify: is the lake consistent? Files listed by the manifest exist with the bytes it
// recorded, and DuckDB reads as many rows per table as it says. Exit 1 with the problems if not.
import { COMMON, main, parseCommand } from '../src/cli.js';
import { PaperlakeError } from '../src/errors.js';
import { info } from '../src/log.js';
import { lakeMissing, readManifest } from '../src/staging/lake.js';
import { verifyLake } from '../src/staging/verify.js';

await main(async () => {
  const { paths } = parseCommand({
    name: 'verify',
    about: 'Checks the lake against its manifest: every Parquet file present and unchanged, row counts equal.',
    options: { data: COMMON.data },
    examples: ['npm run verify -- --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 consistent, 1 problems found (each printed), 2 bad command line, 3 no lake.',
  });
  if (!readManifest(paths.data)) throw lakeMissing(paths.data);
  const problems = await verifyLake(paths.data);
  for (const p of problems) info(`problem: ${p}`);
  if (problems.length) throw new PaperlakeError(`the lake at ${paths.data} has ${problems.length} problem(s)`);
  info(`lake at ${paths.data} is consistent`);
});
