// npm run pipeline: extract → transform → load → report, one summary line per stage.
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { extract, load, locked, report, transform } from '../src/pipeline.js';

const USAGE = `Usage: npm run pipeline -- [options]

Runs every stage on the digests folder; unchanged digests are not parsed again.`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  await locked(paths.data, async () => {
    for (const stage of [extract, transform, load, report]) info(await stage(paths));
  });
});
