// npm run load: the load stage alone (reads only the previous stage's output).
import { COMMON, main, parseCommand } from '../src/cli.js';
import { info } from '../src/log.js';
import { locked, load } from '../src/pipeline.js';

await main(async () => {
  const { paths } = parseCommand({
    name: 'load',
    about: `Writes the staged rows as Parquet (Snappy) in <data>/lake/, one file per table and year, and
publishes them with <data>/lake/_manifest.json, written last. A table with no rows is one empty file.`,
    options: { data: COMMON.data, full: COMMON.full },
    examples: ['npm run load -- --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no transform output (run npm run transform), 75 another run holds the data folder.',
  });
  info(await locked(paths.data, () => load(paths)));
});
