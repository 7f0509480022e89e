// Scores metric rows against a gold file (../shared/gold/README.md): precision, recall and
// benchmark agreement, matching on paper, value (by magnitude) and unit where gold has one; then,
// on the matched rows, how often the metric, kind, unit, system and own agree.
import type { Row } from '../schema/tables.js';
import { benchKey } from './benchmarks.js';
import type { MetricVocab } from './metricvocab.js';

export interface GoldMetric {
  digest_date: string;
  arxiv_id: string;
  benchmark: string;
  value: number | null;
  unit: string;
  kind: string;
  required: boolean;
  metric?: string;
  system?: string;
  /** '1', '0' or blank (a careful reader cannot tell) */
  own?: string;
}

/** Agreement on one field over the matched rows whose gold row gives it. */
export interface FieldAgreement {
  agree: number;
  rows: number;
  disagreements: { gold: GoldMetric; predicted: Row }[];
}
export type Field = 'metric' | 'kind' | 'unit' | 'system' | 'own';

export interface MetricScores {
  predictions: number;
  counted: number; // predictions not matching a required=0 row
  matched: number;
  required: number;
  recalled: number;
  precision: number;
  recall: number;
  benchmarkRows: number;
  benchmarkAgree: number;
  agreement: number;
  falsePositives: Row[];
  misses: GoldMetric[];
  disagreements: { gold: GoldMetric; predicted: Row }[];
  /** per field; system and own only when the predictions have them */
  fields: Partial<Record<Field, FieldAgreement>>;
}

const sameValue = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-6 * Math.max(1, Math.abs(b));
const unitOk = (g: GoldMetric, p: Row) => g.unit === '' || (p.unit ?? '') === g.unit;
const matches = (g: GoldMetric, p: Row) => g.value !== null && sameValue(p.value as number, g.value) && unitOk(g, p);
const benchOf = (p: Row) => benchKey(`${p.benchmark ?? ''}`);
const benchWithSplit = (p: Row) => benchKey(`${p.benchmark ?? ''}${p.split ? ` (${p.split})` : ''}`);

/** Case, spaces and punctuation do not count. */
const looseKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** How a field of a matched row is compared: `given` says the gold row has a value for it. */
function fieldRules(vocab: MetricVocab): Record<Field, { given: (g: GoldMetric) => boolean; agree: (g: GoldMetric, p: Row) => boolean }> {
  // a metric as the vocabulary knows it (any spelling, or the one a phrase names last: `zero-shot
  // accuracy` is accuracy), else its loose key
  const metricOf = (m: string) => vocab.canonical(m) ?? vocab.named(m) ?? looseKey(m);
  const systems = (s: string) =>
    s
      .split(/\s+\/\s+/)
      .map(looseKey)
      .filter(Boolean);
  return {
    metric: { given: (g) => !!g.metric, agree: (g, p) => p.metric != null && metricOf(g.metric!) === metricOf(String(p.metric)) },
    kind: { given: (g) => g.kind !== '', agree: (g, p) => g.kind === p.kind },
    // a blank gold unit is no unit: every matched row has one to compare
    unit: { given: () => true, agree: (g, p) => g.unit === (p.unit ?? '') },
    // `A / B`: several systems share the number, and either is right
    system: {
      given: (g) => !!g.system,
      agree: (g, p) => p.system != null && systems(String(p.system)).some((x) => systems(g.system!).includes(x)),
    },
    own: {
      given: (g) => g.own === '1' || g.own === '0',
      agree: (g, p) => p.own != null && (p.own === true || p.own === 1 || p.own === '1' || p.own === 'true') === (g.own === '1'),
    },
  };
}

export function scoreMetrics(gold: readonly GoldMetric[], predicted: readonly Row[], vocab?: MetricVocab): MetricScores {
  const papers = new Set(gold.map((g) => `${g.digest_date} ${g.arxiv_id}`));
  const preds = predicted.filter((p) => papers.has(`${p.digest_date} ${p.arxiv_id}`));
  const goldOf = (p: Row) => gold.filter((g) => g.arxiv_id === p.arxiv_id && g.digest_date === p.digest_date && g.kind !== 'none');
  let counted = 0,
    matched = 0,
    benchmarkRows = 0,
    benchmarkAgree = 0;
  const falsePositives: Row[] = [];
  const disagreements: { gold: GoldMetric; predicted: Row }[] = [];
  const rules = vocab ? fieldRules(vocab) : null;
  const hasColumn = (c: string) => predicted.length > 0 && predicted.every((p) => c in p);
  const fields: Partial<Record<Field, FieldAgreement>> = {};
  const scored = (['metric', 'kind', 'unit', 'system', 'own'] as const).filter(
    (f) => rules && ((f !== 'system' && f !== 'own') || hasColumn(f)),
  );
  for (const f of scored) fields[f] = { agree: 0, rows: 0, disagreements: [] };
  for (const p of preds) {
    const cands = goldOf(p).filter((g) => matches(g, p));
    const hit = cands.find((g) => g.required) ?? null;
    if (!hit && cands.some((g) => !g.required)) continue; // matches only a debatable row: neither rewarded nor punished
    counted++;
    if (!hit) {
      falsePositives.push(p);
      continue;
    }
    matched++;
    for (const f of scored) {
      // the gold rows this prediction matches that give the field: any of them may agree
      const given = cands.filter((g) => g.required && rules![f].given(g));
      if (!given.length) continue;
      const a = fields[f]!;
      a.rows++;
      if (given.some((g) => rules![f].agree(g, p))) a.agree++;
      else a.disagreements.push({ gold: given[0], predicted: p });
    }
    const withBench = cands.filter((g) => g.benchmark);
    if (withBench.length) {
      benchmarkRows++;
      const agree = withBench.some((g) => benchKey(g.benchmark) === benchOf(p) || benchKey(g.benchmark) === benchWithSplit(p));
      if (agree) benchmarkAgree++;
      else disagreements.push({ gold: withBench[0], predicted: p });
    }
  }
  const required = gold.filter((g) => g.required && g.kind !== 'none');
  const misses = required.filter((g) => !preds.some((p) => p.arxiv_id === g.arxiv_id && p.digest_date === g.digest_date && matches(g, p)));
  return {
    predictions: preds.length,
    counted,
    matched,
    required: required.length,
    recalled: required.length - misses.length,
    precision: counted ? matched / counted : 1,
    recall: required.length ? (required.length - misses.length) / required.length : 1,
    benchmarkRows,
    benchmarkAgree,
    agreement: benchmarkRows ? benchmarkAgree / benchmarkRows : 1,
    falsePositives,
    misses,
    disagreements,
    fields,
  };
}

export function parseGoldMetrics(rows: Record<string, string>[]): GoldMetric[] {
  return rows.map((r) => ({
    digest_date: r.digest_date,
    arxiv_id: r.arxiv_id,
    benchmark: r.benchmark ?? '',
    value: r.value === '' || r.value === undefined ? null : Number(r.value),
    unit: r.unit ?? '',
    kind: r.kind ?? '',
    required: r.required === '1',
    metric: r.metric ?? '',
    system: r.system ?? '',
    own: r.own ?? '',
  }));
}
