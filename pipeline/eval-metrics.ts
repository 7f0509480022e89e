// npm run eval:metrics -- --gold FILE [--data DIR]: precision, recall and benchmark agreement.
import { main, parseCli } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { info } from '../src/log.js';
import { openLake, query } from '../src/report/db.js';
import type { Row } from '../src/schema/tables.js';
import { parseGoldMetrics, scoreMetrics } from '../src/transform/evalmetrics.js';
import { readCsv } from '../src/transform/reference.js';

const USAGE = `Usage: npm run eval:metrics -- --gold FILE [--data DIR] [--verbose]

Scores the lake's metrics rows against a gold file in the format of ../shared/gold/metrics.dev.csv
(rules in ../shared/gold/README.md). --verbose lists false positives, misses and benchmark disagreements.`;

await main(async () => {
  const { paths, values } = parseCli(USAGE, { gold: { type: 'string' }, verbose: { type: 'boolean', default: false } });
  if (!values.gold) throw new UsageError('--gold FILE is required');
  const gold = parseGoldMetrics(readCsv(values.gold as string));
  const lake = await openLake(paths.data);
  let preds: Row[];
  try {
    const rs = await query(lake.conn, "select strftime(digest_date, '%Y-%m-%d') as digest_date, arxiv_id, benchmark, split, value, unit, kind, sentence from metrics");
    preds = rs.rows.map((r) => Object.fromEntries(rs.columns.map((c, i) => [c, r[i]])) as Row);
  } finally {
    lake.close();
  }
  const s = scoreMetrics(gold, preds);
  const papers = new Set(gold.map((g) => `${g.digest_date} ${g.arxiv_id}`)).size;
  info(`papers                ${papers} (${s.predictions} predicted rows on them)`);
  info(`precision             ${s.precision.toFixed(3)}  (${s.matched}/${s.counted} predictions match a required row)`);
  info(`recall                ${s.recall.toFixed(3)}  (${s.recalled}/${s.required} required rows found)`);
  info(`benchmark agreement   ${s.agreement.toFixed(3)}  (${s.benchmarkAgree}/${s.benchmarkRows} matched rows name the gold benchmark)`);
  if (values.verbose) {
    for (const p of s.falsePositives) info(`  false positive: ${p.arxiv_id} ${p.value}${p.unit ?? ''} [${p.benchmark ?? ''}] ${String(p.sentence).slice(0, 100)}`);
    for (const m of s.misses) info(`  missed: ${m.arxiv_id} ${m.value}${m.unit} [${m.benchmark}]`);
    for (const d of s.disagreements) info(`  benchmark: ${d.predicted.arxiv_id} ${d.predicted.value} gold "${d.gold.benchmark}" predicted "${d.predicted.benchmark ?? ''}"`);
  }
});
