// npm run extract: the extract stage alone (reads only the previous stage's output).
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, extract } from '../src/pipeline.js';

const USAGE = `Usage: npm run extract -- [options]`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  info(await locked(paths.data, () => extract(paths)));
});
