// npm run transform: the transform stage alone (reads only the previous stage's output).
import { COMMON, main, parseCommand } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, transform } from '../src/pipeline.js';

await main(async () => {
  const { paths } = parseCommand({
    name: 'transform',
    about: `Turns the staged digests into typed rows for every table (Arrow IPC in <data>/staging/transform/);
only the months whose digests changed are computed again.`,
    options: { data: COMMON.data, full: COMMON.full },
    examples: ['npm run transform -- --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no extract output (run npm run extract), 75 another run holds the data folder.',
  });
  info(await locked(paths.data, () => transform(paths)));
});
