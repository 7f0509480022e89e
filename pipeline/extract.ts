// npm run extract: the extract stage alone (reads only the previous stage's output).
import { resolve } from 'node:path';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, extract } from '../src/pipeline.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'extract',
    about: `Parses the digests (*.md) that changed since the last run into <data>/staging/extract/.
Every entry is loaded or quarantined with its file, line and reason.`,
    options: {
      digests: COMMON.digests,
      data: COMMON.data,
      index: {
        type: 'string',
        arg: 'FILE',
        help: "the generator's index (date,title,url) to reconcile against (default: papers_list.csv in the digests folder, if present)",
      },
      full: COMMON.full,
    },
    examples: ['npm run extract -- --digests ../shared/corpus/digests --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no digests folder or no digests in it, 75 another run holds the data folder.',
  });
  const opts = { ...paths, index: values.index ? resolve(values.index as string) : undefined };
  info(await locked(paths.data, () => extract(opts)));
});
