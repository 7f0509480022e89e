// Scores metric rows against a gold file (../shared/gold/README.md): precision, recall and
// benchmark agreement, matching on paper, value (by magnitude) and unit where gold has one.
import type { Row } from '../schema/tables.js';
import { benchKey } from './benchmarks.js';

export interface GoldMetric {
  digest_date: string;
  arxiv_id: string;
  benchmark: string;
  value: number | null;
  unit: string;
  kind: string;
  required: boolean;
}

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
}

const sameValue = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) < 1e-6 * Math.max(1, Math.abs(b));
const unitOk = (g: GoldMetric, p: Row) => g.unit === '' || (p.unit ?? '') === g.unit;
const matches = (g: GoldMetric, p: Row) => g.value !== null && sameValue(p.value as number, g.value) && unitOk(g, p);
const benchOf = (p: Row) => benchKey(`${p.benchmark ?? ''}`);
const benchWithSplit = (p: Row) => benchKey(`${p.benchmark ?? ''}${p.split ? ` (${p.split})` : ''}`);

export function scoreMetrics(gold: readonly GoldMetric[], predicted: readonly Row[]): MetricScores {
  const papers = new Set(gold.map((g) => `${g.digest_date} ${g.arxiv_id}`));
  const preds = predicted.filter((p) => papers.has(`${p.digest_date} ${p.arxiv_id}`));
  const goldOf = (p: Row) => gold.filter((g) => g.arxiv_id === p.arxiv_id && g.digest_date === p.digest_date && g.kind !== 'none');
  let counted = 0, matched = 0, benchmarkRows = 0, benchmarkAgree = 0;
  const falsePositives: Row[] = [];
  const disagreements: { gold: GoldMetric; predicted: Row }[] = [];
  for (const p of preds) {
    const cands = goldOf(p).filter((g) => matches(g, p));
    const hit = cands.find((g) => g.required) ?? null;
    if (!hit && cands.some((g) => !g.required)) continue; // matches only a debatable row: neither rewarded nor punished
    counted++;
    if (!hit) { falsePositives.push(p); continue; }
    matched++;
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
    predictions: preds.length, counted, matched, required: required.length, recalled: required.length - misses.length,
    precision: counted ? matched / counted : 1,
    recall: required.length ? (required.length - misses.length) / required.length : 1,
    benchmarkRows, benchmarkAgree, agreement: benchmarkRows ? benchmarkAgree / benchmarkRows : 1,
    falsePositives, misses, disagreements,
  };
}

export function parseGoldMetrics(rows: Record<string, string>[]): GoldMetric[] {
  return rows.map((r) => ({
    digest_date: r.digest_date, arxiv_id: r.arxiv_id, benchmark: r.benchmark ?? '',
    value: r.value === '' || r.value === undefined ? null : Number(r.value),
    unit: r.unit ?? '', kind: r.kind ?? '', required: r.required === '1',
  }));
}
