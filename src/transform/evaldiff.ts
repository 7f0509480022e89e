// Metric rows of a corpus as CSV, and the difference between two such extractions: what a rule
// change adds, drops or alters, so a change can be read row by row before it is committed.
import type { Row } from '../schema/tables.js';
import type { RawPaper } from '../staging/records.js';
import { PaperlakeError } from '../errors.js';
import { Papa } from '../vendor.js';
import type { BenchmarkIndex } from './benchmarks.js';
import { metricRows } from './metrics.js';

export type CsvRow = Record<string, string>;

/** Rows are identified by these; the other columns are what a change may alter. */
export const DIFF_KEY = ['arxiv_id', 'digest_date', 'value', 'unit'] as const;

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Every metric row of the given papers (parsed by the caller: this module belongs to the
 *  transform and reads no digests), in paper and row order. */
export function corpusMetricRows(papers: Iterable<RawPaper>, index: BenchmarkIndex): CsvRow[] {
  const out: CsvRow[] = [];
  for (const p of papers) for (const r of metricRows(p, index)) out.push(toCsvRow(r));
  return out;
}

export function toCsvRow(r: Row): CsvRow {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]));
}

export function rowsToCsv(rows: readonly CsvRow[]): string {
  const columns = rows.length ? Object.keys(rows[0]) : [...DIFF_KEY];
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}

export interface Altered {
  old: CsvRow;
  new: CsvRow;
  fields: string[];
}
export interface RowDiff {
  added: CsvRow[];
  dropped: CsvRow[];
  altered: Altered[];
  unchanged: number;
  /** columns only one side has (a new column is not counted as an alteration) */
  onlyOld: string[];
  onlyNew: string[];
}

const keyOf = (r: CsvRow) => DIFF_KEY.map((k) => r[k] ?? '').join('\u0000');

/** Rows of old and new paired by key (arxiv_id, digest_date, value, unit): identical rows first,
 *  then the rest in order (the same value said twice on one paper is two rows with one key). */
export function diffRows(oldRows: readonly CsvRow[], newRows: readonly CsvRow[]): RowDiff {
  const oldCols = new Set(oldRows.length ? Object.keys(oldRows[0]) : []);
  const newCols = new Set(newRows.length ? Object.keys(newRows[0]) : []);
  const shared = [...newCols].filter((c) => oldCols.has(c) && !(DIFF_KEY as readonly string[]).includes(c));
  const differing = (a: CsvRow, b: CsvRow) => shared.filter((c) => (a[c] ?? '') !== (b[c] ?? ''));
  const byKey = new Map<string, CsvRow[]>();
  for (const r of oldRows) {
    const k = keyOf(r);
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  const added: CsvRow[] = [],
    altered: Altered[] = [];
  const pending: CsvRow[] = [];
  let unchanged = 0;
  for (const r of newRows) {
    const list = byKey.get(keyOf(r));
    const i = list ? list.findIndex((o) => differing(o, r).length === 0) : -1;
    if (i >= 0) {
      list!.splice(i, 1);
      unchanged++;
    } else pending.push(r);
  }
  for (const r of pending) {
    const list = byKey.get(keyOf(r));
    const o = list?.shift();
    if (o) altered.push({ old: o, new: r, fields: differing(o, r) });
    else added.push(r);
  }
  const dropped = [...byKey.values()].flat();
  return {
    added,
    dropped,
    altered,
    unchanged,
    onlyOld: [...oldCols].filter((c) => !newCols.has(c)),
    onlyNew: [...newCols].filter((c) => !oldCols.has(c)),
  };
}

/** The difference as lines a person reads: one per row, old → new for each altered field, then
 *  the sentence; a summary line last. */
export function formatDiff(d: RowDiff): string[] {
  const head = (r: CsvRow) => `${r.digest_date} ${r.arxiv_id} ${r.value}${r.unit}`;
  const fields = (r: CsvRow) =>
    ['benchmark', 'metric', 'kind', 'baseline_value', 'split']
      .filter((c) => r[c])
      .map((c) => `${c}=${r[c]}`)
      .join(' ');
  const lines: string[] = [];
  for (const r of d.added) lines.push(`+ ${head(r)} ${fields(r)}`, `    ${r.sentence ?? ''}`);
  for (const r of d.dropped) lines.push(`- ${head(r)} ${fields(r)}`, `    ${r.sentence ?? ''}`);
  for (const a of d.altered) {
    const change = a.fields.filter((f) => f !== 'sentence').map((f) => `${f}: ${a.old[f] || '∅'} → ${a.new[f] || '∅'}`);
    if (a.fields.includes('sentence')) change.push('sentence changed');
    lines.push(`~ ${head(a.new)} ${change.join('; ')}`, `    ${a.new.sentence ?? ''}`);
  }
  const cols = [
    d.onlyNew.length ? `; new columns not compared: ${d.onlyNew.join(', ')}` : '',
    d.onlyOld.length ? `; columns gone: ${d.onlyOld.join(', ')}` : '',
  ].join('');
  lines.push(`${d.added.length} added, ${d.dropped.length} dropped, ${d.altered.length} altered, ${d.unchanged} unchanged${cols}`);
  return lines;
}

export function parseCsvRows(text: string, path: string): CsvRow[] {
  const res = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: 'greedy' });
  if (res.errors.length) {
    const e = res.errors[0];
    throw new PaperlakeError(`${path}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return res.data;
}
