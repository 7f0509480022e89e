// Result sets as CSV (papaparse), Markdown and JSON for the reports; and the query tool's output
// modes (box, CSV, JSON, NDJSON, Markdown), where NULL stays distinct from an empty string.
import { Papa } from '../vendor.js';
import type { ResultSet } from '../staging/lake.js';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function toCsv(rs: ResultSet): string {
  return Papa.unparse({ fields: rs.columns, data: rs.rows.map((r) => r.map(cell)) }, { newline: '\n' }) + '\n';
}

const mdCell = (v: unknown) => cell(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

export function toMarkdownTable(rs: ResultSet, limit = 200): string {
  if (rs.rows.length === 0) return '_No rows._\n';
  const out = [`| ${rs.columns.map(mdCell).join(' | ')} |`, `|${rs.columns.map(() => '---').join('|')}|`];
  for (const r of rs.rows.slice(0, limit)) out.push(`| ${r.map(mdCell).join(' | ')} |`);
  if (rs.rows.length > limit) out.push('', `_First ${limit} of ${rs.rows.length} rows; the CSV has them all._`);
  return out.join('\n') + '\n';
}

// ---- npm run query: the DuckDB CLI's output modes --------------------------------------------

/** One statement's result as the query tool prints it: `rows` are the ones shown (JSON-ready
 *  values), `total` how many there were. */
export interface QueryResult {
  columns: string[];
  types: string[];
  rows: unknown[][];
  total: number;
  /** EXPLAIN's plan: printed as DuckDB draws it, not as a table of two columns */
  explain?: boolean;
}

export type OutputFormat = 'table' | 'csv' | 'json' | 'ndjson' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'csv', 'json', 'ndjson', 'markdown'];

const count = (n: number) => n.toLocaleString('en-US');
export const moreRows = (n: number) => `… ${count(n)} more row${n === 1 ? '' : 's'}`;

/** A value as text: lists and structs as JSON (their NULL elements kept), NULL as `nullText`. */
export function valueText(v: unknown, nullText: string): string {
  if (v === null || v === undefined) return nullText;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// Terminal cells a code point takes: East Asian wide and fullwidth ranges (Hangul, CJK, kana,
// fullwidth forms, most emoji) take two, so columns of Korean titles line up.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18aff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f1e6, 0x1f1ff],
  [0x1f200, 0x1f2ff],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]$/u;

function codePointWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (ZERO_WIDTH.test(ch)) return 0;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return 2;
  }
  return 1;
}

const ASCII = /^[\x20-\x7e]*$/;
let segmenter: Intl.Segmenter | undefined;
/** User-perceived characters, so a base and its combining marks (or an emoji sequence) stay one. */
const graphemes = (s: string): string[] => [...(segmenter ??= new Intl.Segmenter()).segment(s)].map((g) => g.segment);
/** A grapheme is as wide as its widest code point (an emoji and its ZWJ partners: two). */
const graphemeWidth = (g: string): number => Math.max(0, ...[...g].map(codePointWidth));

/** Terminal columns `s` takes. */
export function displayWidth(s: string): number {
  if (ASCII.test(s)) return s.length;
  let w = 0;
  for (const g of graphemes(s)) w += graphemeWidth(g);
  return w;
}

/** `s` cut to at most `w` columns, with … where it was cut. */
export function truncateToWidth(s: string, w: number): string {
  if (displayWidth(s) <= w) return s;
  let out = '';
  let used = 0;
  for (const g of ASCII.test(s) ? [...s] : graphemes(s)) {
    const gw = graphemeWidth(g);
    if (used + gw > w - 1) break;
    out += g;
    used += gw;
  }
  return out + '…';
}

const pad = (s: string, w: number, align: 'left' | 'right' | 'center') => {
  const gap = Math.max(0, w - displayWidth(s));
  if (align === 'right') return ' '.repeat(gap) + s;
  if (align === 'center') return ' '.repeat(gap >> 1) + s + ' '.repeat(gap - (gap >> 1));
  return s + ' '.repeat(gap);
};

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)\b/;
export const isNumericType = (t: string) => NUMERIC.test(t);

/** EXPLAIN's plan as DuckDB drew it (its last column). */
const planText = (r: QueryResult) => r.rows.map((row) => valueText(row[row.length - 1], '').replace(/\n+$/, '')).join('\n') + '\n';

const MAX_COLUMN = 60;
const MIN_COLUMN = 8;
/** One line per cell: line breaks, tabs and other control characters would tear the box. */
const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');

/**
 * DuckDB's box (duckbox): names and types on top, numbers right-aligned, NULL as `NULL` (an empty
 * string stays empty), and below it how many rows there were, and how many are not shown.
 * `width`, when known (a terminal), is what the box must fit: the widest columns give way first.
 */
export function toBox(r: QueryResult, width?: number): string {
  if (r.explain) return planText(r);
  const types = r.types.map((t) => t.toLowerCase());
  const text = r.rows.map((row) => row.map((v) => oneLine(valueText(v, 'NULL'))));
  const widths = r.columns.map((c, i) =>
    Math.min(
      MAX_COLUMN,
      Math.max(displayWidth(oneLine(c)), Math.min(displayWidth(types[i]), 20), ...text.map((row) => displayWidth(row[i]))),
    ),
  );
  if (width) {
    const total = () => widths.reduce((a, b) => a + b, 0) + 3 * widths.length + 1;
    while (total() > width) {
      const i = widths.indexOf(Math.max(...widths));
      if (widths[i] <= MIN_COLUMN) break;
      widths[i]--;
    }
  }
  const align = r.types.map((t) => (isNumericType(t) ? 'right' : 'left') as 'left' | 'right');
  const rule = (l: string, m: string, rr: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + rr;
  const line = (cells: string[], how: (i: number) => 'left' | 'right' | 'center') =>
    `│ ${cells.map((c, i) => pad(truncateToWidth(c, widths[i]), widths[i], how(i))).join(' │ ')} │`;
  const out = [rule('┌', '┬', '┐'), line(r.columns.map(oneLine), () => 'center'), line(types, () => 'center'), rule('├', '┼', '┤')];
  for (const row of text) out.push(line(row, (i) => align[i]));
  out.push(rule('└', '┴', '┘'));
  out.push(
    r.total > r.rows.length
      ? `${moreRows(r.total - r.rows.length)} (${count(r.total)} in all; --limit 0 shows every row)`
      : `${count(r.total)} row${r.total === 1 ? '' : 's'}`,
  );
  return out.join('\n') + '\n';
}

/** RFC 4180, as DuckDB's COPY writes it: NULL is an empty field, an empty string is `""`. */
function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = valueText(v, '');
  return s === '' || /[",\r\n]/.test(s) || s.trim() !== s ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toQueryCsv(r: QueryResult): string {
  return [r.columns.map(csvField), ...r.rows.map((row) => row.map(csvField))].map((f) => f.join(',')).join('\n') + '\n';
}

const rowObject = (r: QueryResult, row: unknown[]) => Object.fromEntries(r.columns.map((c, i) => [c, row[i] ?? null]));

/** One JSON array of row objects (one object per line inside it). */
export function toQueryJson(r: QueryResult): string {
  if (r.rows.length === 0) return '[]\n';
  return `[\n${r.rows.map((row) => `  ${JSON.stringify(rowObject(r, row))}`).join(',\n')}\n]\n`;
}

/** NDJSON: one row object per line, nothing around them. */
export function toNdjson(r: QueryResult): string {
  return r.rows.map((row) => JSON.stringify(rowObject(r, row)) + '\n').join('');
}

const mdText = (s: string) => oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** A GitHub-flavoured Markdown table: numbers right-aligned, NULL as `NULL`, empty strings empty. */
export function toQueryMarkdown(r: QueryResult): string {
  if (r.explain) return '```\n' + planText(r) + '```\n';
  const out = [`| ${r.columns.map(mdText).join(' | ')} |`, `|${r.types.map((t) => (isNumericType(t) ? '---:' : '---')).join('|')}|`];
  for (const row of r.rows) out.push(`| ${row.map((v) => mdText(valueText(v, 'NULL'))).join(' | ')} |`);
  if (r.total > r.rows.length) out.push('', `_${moreRows(r.total - r.rows.length)}_`);
  return out.join('\n') + '\n';
}

/** One result in the chosen format. */
export function formatResult(r: QueryResult, format: OutputFormat, width?: number): string {
  switch (format) {
    case 'csv':
      return toQueryCsv(r);
    case 'json':
      return toQueryJson(r);
    case 'ndjson':
      return toNdjson(r);
    case 'markdown':
      return toQueryMarkdown(r);
    default:
      return toBox(r, width);
  }
}
