// npm run report: every reports/sql/*.sql over the lake → Markdown, CSV, SVG charts, index.html.
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, report } from '../src/pipeline.js';
import { parseWindow, WINDOW_OPTIONS } from '../src/window.js';

const USAGE = `Usage: npm run report -- [options] [--since YYYY-MM-DD] [--until YYYY-MM-DD]

  --since DATE    only digests from this date on
  --until DATE    only digests up to this date`;

await main(async () => {
  const { paths, values } = parseCli(USAGE, WINDOW_OPTIONS);
  const opts = { ...paths, ...parseWindow(values) };
  info(await locked(paths.data, () => report(opts)));
});
