// npm run pipeline: extract → transform → load → report, one summary line per stage.
import { resolve } from 'node:path';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { info } from '../src/log.js';
import { extract, load, locked, report, transform } from '../src/pipeline.js';
import { Threads } from '../src/runner.js';
import { parseWindow, WINDOW_OPTIONS } from '../src/window.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'pipeline',
    about: `Runs every stage on the digests folder, one summary line each; unchanged digests are not
parsed again and unchanged Parquet files not rewritten.`,
    options: {
      ...COMMON,
      index: {
        type: 'string',
        arg: 'FILE',
        help: "the generator's index (date,title,url) to reconcile against (default: papers_list.csv in the digests folder, if present)",
      },
      since: { ...WINDOW_OPTIONS.since, arg: 'DATE', help: 'reports only: digests from this date on' },
      until: { ...WINDOW_OPTIONS.until, arg: 'DATE', help: 'reports only: digests up to this date' },
      weeks: { type: 'string', arg: 'N', help: 'topic trends: the last N weeks against the 3N before (default 4)' },
    },
    examples: ['npm run pipeline -- --digests ../shared/corpus/digests --data /tmp/corpus-lake --reports /tmp/corpus-reports'],
    notes:
      "Exit codes: 0 done, 1 failure, 2 bad command line or no digests in the window, 3 no digests, 4 a report's SQL failed, 75 another run holds the data folder.",
  });
  const opts = { ...paths, index: values.index ? resolve(values.index as string) : undefined, ...parseWindow(values) };
  // one pool of worker threads for the stages that use them, started by the first that needs it
  const threads = new Threads();
  await locked(paths.data, async () => {
    try {
      for (const stage of [extract, transform, load, report]) info(await stage({ ...opts, threads }));
    } finally {
      await threads.close();
    }
  });
});
