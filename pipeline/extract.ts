// npm run extract: the extract stage alone (reads only the previous stage's output).
import { resolve } from 'node:path';
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, extract } from '../src/pipeline.js';

const USAGE = `Usage: npm run extract -- [options] [--index FILE]

  --index FILE    the generator's index (date,title,url) to reconcile against
                  (default: papers_list.csv in the digests folder, if present)`;

await main(async () => {
  const { paths, values } = parseCli(USAGE, { index: { type: 'string' } });
  const opts = { ...paths, index: values.index ? resolve(values.index as string) : undefined };
  info(await locked(paths.data, () => extract(opts)));
});
