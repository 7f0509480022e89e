// npm run report: the report stage alone (reads only the previous stage's output).
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, report } from '../src/pipeline.js';

const USAGE = `Usage: npm run report -- [options]`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  info(await locked(paths.data, () => report(paths)));
});
