// npm run verify: is the lake consistent? Files listed by the manifest exist with the bytes it
// recorded, and DuckDB reads as many rows per table as it says. Exit 1 with the problems if not.
import { main, parseCli } from '../src/cli.js';
import { PaperlakeError } from '../src/errors.js';
import { info } from '../src/log.js';
import { verifyLake } from '../src/load/verify.js';

const USAGE = `Usage: npm run verify -- [--data DIR]

Checks the lake against its manifest: every Parquet file present and unchanged, row counts equal.`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  const problems = await verifyLake(paths.data);
  for (const p of problems) info(`problem: ${p}`);
  if (problems.length) throw new PaperlakeError(`the lake at ${paths.data} has ${problems.length} problem(s)`);
  info(`lake at ${paths.data} is consistent`);
});
