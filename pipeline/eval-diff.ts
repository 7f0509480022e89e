// npm run eval:diff -- --save FILE | --against FILE [--digests DIR]: the metric rows the current
// code extracts from a corpus, saved as CSV, or compared with a saved extraction.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { StageInputError, UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { REFERENCE_DIR, ROOT } from '../src/paths.js';
import { parseDigest } from '../src/extract/parse.js';
import { corpusMetricRows, diffRows, formatDiff, parseCsvRows, rowsToCsv } from '../src/transform/evaldiff.js';
import { loadReference } from '../src/transform/reference.js';

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'eval:diff',
    synopsis: '(--save FILE | --against FILE) [--digests DIR]',
    about: `Extracts the metric rows of every digest in DIR with the current code and reference data.
--save writes them to FILE as CSV; --against prints every row added (+), dropped (-) or altered
(~, old → new) since FILE was saved, keyed by arxiv_id, digest_date, value and unit, each with its
sentence, and a summary line.`,
    options: {
      digests: {
        ...COMMON.digests,
        default: join(ROOT, '..', 'shared', 'corpus', 'digests'),
        help: 'the digests (default ../shared/corpus/digests)',
      },
      save: { type: 'string', arg: 'FILE', help: 'write the rows to FILE' },
      against: { type: 'string', arg: 'FILE', help: 'compare with the rows saved in FILE' },
    },
    examples: ['npm run eval:diff -- --save /tmp/before.csv', 'npm run eval:diff -- --against /tmp/before.csv'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no digests or no saved extraction.',
  });
  if (!values.save === !values.against) throw new UsageError('give one of --save FILE or --against FILE');
  if (!existsSync(paths.digests)) throw new StageInputError(`no digests folder at ${paths.digests}`);
  const names = readdirSync(paths.digests)
    .filter((f) => f.endsWith('.md'))
    .sort();
  if (names.length === 0) throw new StageInputError(`no digests in ${paths.digests}`);
  const files = names.map((name) => ({ name, bytes: readFileSync(join(paths.digests, name)) }));
  const rows = corpusMetricRows(
    files.flatMap((f) => parseDigest(f.bytes, f.name, 'x').papers),
    loadReference(REFERENCE_DIR).benchmarks,
  );
  if (values.save) {
    writeFileSync(resolve(values.save as string), rowsToCsv(rows));
    info(`${rows.length} metric rows of ${files.length} digests written to ${values.save}`);
    return;
  }
  const path = resolve(values.against as string);
  if (!existsSync(path)) throw new StageInputError(`no saved extraction at ${path} (make one with --save)`);
  for (const line of formatDiff(diffRows(parseCsvRows(readFileSync(path, 'utf8'), path), rows))) info(line);
});
