// npm run eval:metrics -- --gold FILE [--data DIR]: precision, recall, and the agreement of the
// matched rows' benchmark, metric, kind, unit (and system and own, when the lake has them).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMMON, main, parseCommand } from '../src/cli.js';
import { StageInputError, UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { REFERENCE_DIR } from '../src/paths.js';
import { objects, openLake, query } from '../src/staging/lake.js';
import type { Row } from '../src/schema/tables.js';
import { parseGoldMetrics, scoreMetrics, type Field } from '../src/transform/evalmetrics.js';
import { loadReference, readCsv } from '../src/transform/reference.js';

const LABELS: Record<Field, string> = {
  metric: 'matched rows with a gold metric name it',
  kind: 'matched rows have the gold kind',
  unit: 'matched rows have the gold unit',
  system: 'matched rows with a gold system name it',
  own: 'matched rows with a gold own agree',
};

await main(async () => {
  const { paths, values } = parseCommand({
    name: 'eval:metrics',
    synopsis: '--gold FILE [--data DIR] [--verbose]',
    about: `Scores the lake's metrics rows against a gold file in the format of ../shared/gold/metrics.dev.csv
(rules in ../shared/gold/README.md; columns it does not know, like quote, are ignored): precision,
recall, and on the matched rows the agreement of benchmark, metric, kind and unit, and of system
and own when the lake has those columns.`,
    options: {
      gold: { type: 'string', arg: 'FILE', help: 'the gold rows (required)' },
      data: COMMON.data,
      verbose: { type: 'boolean', default: false, help: 'list false positives, misses and every disagreement' },
    },
    examples: ['npm run eval:metrics -- --gold ../shared/gold/metrics.dev.csv --data /tmp/corpus-lake'],
    notes: 'Exit codes: 0 done, 2 bad command line, 3 no gold file or no lake.',
  });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const goldPath = resolve(values.gold as string);
  if (!existsSync(goldPath) || !statSync(goldPath).isFile()) throw new StageInputError(`no gold file at ${goldPath}`);
  const gold = parseGoldMetrics(readCsv(goldPath));
  const lake = await openLake(paths.data);
  let preds: Row[];
  try {
    // system and own are read only when the lake has them
    const cols = new Set((await query(lake.conn, 'describe metrics')).rows.map((r) => String(r[0])));
    const extra = ['metric', 'system', 'own'].filter((c) => cols.has(c)).join(', ');
    const rs = await query(
      lake.conn,
      `select strftime(digest_date, '%Y-%m-%d') as digest_date, arxiv_id, benchmark, split, value, unit, kind, sentence${extra ? `, ${extra}` : ''} from metrics`,
    );
    preds = objects(rs) as Row[];
  } finally {
    lake.close();
  }
  const s = scoreMetrics(gold, preds, loadReference(REFERENCE_DIR).benchmarks.metrics);
  const papers = new Set(gold.map((g) => `${g.digest_date} ${g.arxiv_id}`)).size;
  const ratio = (a: number, n: number) => (n ? a / n : 1).toFixed(3);
  info(`papers                ${papers} (${s.predictions} predicted rows on them)`);
  info(`precision             ${s.precision.toFixed(3)}  (${s.matched}/${s.counted} predictions match a required row)`);
  info(`recall                ${s.recall.toFixed(3)}  (${s.recalled}/${s.required} required rows found)`);
  info(`benchmark agreement   ${s.agreement.toFixed(3)}  (${s.benchmarkAgree}/${s.benchmarkRows} matched rows name the gold benchmark)`);
  for (const [f, a] of Object.entries(s.fields) as [Field, NonNullable<(typeof s.fields)[Field]>][]) {
    info(`${`${f} agreement`.padEnd(22)}${ratio(a.agree, a.rows)}  (${a.agree}/${a.rows} ${LABELS[f]})`);
  }
  if (values.verbose) {
    for (const p of s.falsePositives)
      info(`  false positive: ${p.arxiv_id} ${p.value}${p.unit ?? ''} [${p.benchmark ?? ''}] ${String(p.sentence).slice(0, 100)}`);
    for (const m of s.misses) info(`  missed: ${m.arxiv_id} ${m.value}${m.unit} [${m.benchmark}]`);
    for (const d of s.disagreements)
      info(
        `  benchmark: ${d.predicted.arxiv_id} ${d.predicted.value} gold "${d.gold.benchmark}" predicted "${d.predicted.benchmark ?? ''}"`,
      );
    for (const [f, a] of Object.entries(s.fields) as [Field, NonNullable<(typeof s.fields)[Field]>][]) {
      for (const d of a.disagreements)
        info(
          `  ${f}: ${d.predicted.arxiv_id} ${d.predicted.value}${d.predicted.unit ?? ''} gold "${d.gold[f] ?? ''}" predicted "${d.predicted[f] ?? ''}"`,
        );
    }
  }
});
