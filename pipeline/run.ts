// npm run pipeline: extract → transform → load → report, one summary line per stage.
import { resolve } from 'node:path';
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { extract, load, locked, report, transform } from '../src/pipeline.js';
import { parseWindow, WINDOW_OPTIONS } from '../src/window.js';

const USAGE = `Usage: npm run pipeline -- [options]

Runs every stage on the digests folder; unchanged digests are not parsed again.

  --index FILE    the generator's index (date,title,url) to reconcile against
                  (default: papers_list.csv in the digests folder, if present)
  --since DATE    reports only: digests from this date on
  --until DATE    reports only: digests up to this date`;

await main(async () => {
  const { paths, values } = parseCli(USAGE, { index: { type: 'string' }, ...WINDOW_OPTIONS });
  const opts = { ...paths, index: values.index ? resolve(values.index as string) : undefined, ...parseWindow(values) };
  await locked(paths.data, async () => {
    for (const stage of [extract, transform, load, report]) info(await stage(opts));
  });
});
