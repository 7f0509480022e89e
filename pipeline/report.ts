// npm run report: every reports/sql/*.sql over the lake → Markdown, CSV, SVG charts, index.html.
import { COMMON, main, parseCommand } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, report } from '../src/pipeline.js';
import { parseWindow, WINDOW_OPTIONS } from '../src/window.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'report',
    about: `Runs every reports/sql/*.sql over the lake in DuckDB and writes <reports>/<name>.md, .csv (and
.svg for charts), <reports>/README.md and <reports>/index.html. Outputs of a report whose .sql
was deleted are removed.`,
    options: {
      data: COMMON.data,
      reports: COMMON.reports,
      since: { ...WINDOW_OPTIONS.since, arg: 'DATE', help: 'only digests from this date on (YYYY-MM-DD)' },
      until: { ...WINDOW_OPTIONS.until, arg: 'DATE', help: 'only digests up to this date (YYYY-MM-DD)' },
      weeks: { type: 'string', arg: 'N', help: 'topic trends: the last N weeks against the 3N before (default 4)' },
      full: { ...COMMON.full, help: 'run every report even if nothing changed' },
    },
    examples: ['npm run report -- --data /tmp/corpus-lake --reports /tmp/corpus-reports --since 2025-01-01 --until 2025-03-31'],
    notes:
      "Exit codes: 0 done, 2 bad command line or no digests in the window, 3 no lake (run npm run pipeline), 4 a report's SQL failed, 75 another run holds the data folder.",
  });
  const opts = { ...paths, ...parseWindow(values) };
  info(await locked(paths.data, () => report(opts)));
});
