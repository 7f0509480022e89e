// npm run transform: the transform stage alone (reads only the previous stage's output).
import { main, parseCli } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, transform } from '../src/pipeline.js';

const USAGE = `Usage: npm run transform -- [options]`;

await main(async () => {
  const { paths } = parseCli(USAGE);
  info(await locked(paths.data, () => transform(paths)));
});
