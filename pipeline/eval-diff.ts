// npm run eval:diff -- --save FILE | --against FILE [--digests DIR]: the metric rows the current
// code extracts from a corpus, saved as CSV, or compared with a saved extraction.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main, parseCli } from '../src/cli.js';
import { StageInputError, UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { REFERENCE_DIR, ROOT } from '../src/paths.js';
import { corpusMetricRows, diffRows, formatDiff, parseCsvRows, rowsToCsv } from '../src/transform/evaldiff.js';
import { loadReference } from '../src/transform/reference.js';

const USAGE = `Usage: npm run eval:diff -- (--save FILE | --against FILE) [--digests DIR]

Extracts the metric rows of every digest in DIR (default ../shared/corpus/digests) with the
current code and reference data. --save writes them to FILE as CSV; --against prints every row
added (+), dropped (-) or altered (~, old → new) since FILE was saved, keyed by arxiv_id,
digest_date, value and unit, each with its sentence, and a summary line.`;

await main(async () => {
  const { paths, values } = parseCli(USAGE, {
    digests: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'digests') },
    save: { type: 'string' },
    against: { type: 'string' },
  });
  if (!values.save === !values.against) throw new UsageError('give one of --save FILE or --against FILE');
  if (!existsSync(paths.digests)) throw new StageInputError(`no digests folder at ${paths.digests}`);
  const names = readdirSync(paths.digests).filter((f) => f.endsWith('.md')).sort();
  const files = names.map((name) => ({ name, bytes: readFileSync(join(paths.digests, name)) }));
  const rows = corpusMetricRows(files, loadReference(REFERENCE_DIR).benchmarks);
  if (values.save) {
    writeFileSync(resolve(values.save as string), rowsToCsv(rows));
    info(`${rows.length} metric rows of ${files.length} digests written to ${values.save}`);
    return;
  }
  const path = resolve(values.against as string);
  if (!existsSync(path)) throw new StageInputError(`no saved extraction at ${path} (make one with --save)`);
  for (const line of formatDiff(diffRows(parseCsvRows(readFileSync(path, 'utf8'), path), rows))) info(line);
});
