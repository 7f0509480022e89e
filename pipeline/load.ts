// npm run load: the load stage alone (reads only the previous stage's output).
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, load } from '../src/pipeline.js';

const USAGE = `Usage: npm run load -- [options]`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  info(await locked(paths.data, () => load(paths)));
});
