// Result sets as CSV (papaparse), Markdown, JSON and a terminal table.
import { Papa } from '../vendor.js';
import type { ResultSet } from './db.js';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cell).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function toCsv(rs: ResultSet): string {
  return Papa.unparse({ fields: rs.columns, data: rs.rows.map((r) => r.map(cell)) }, { newline: '\n' }) + '\n';
}

export function toJson(rs: ResultSet): string {
  return JSON.stringify(rs.rows.map((r) => Object.fromEntries(rs.columns.map((c, i) => [c, r[i]]))), null, 2) + '\n';
}

const mdCell = (v: unknown) => cell(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

export function toMarkdownTable(rs: ResultSet, limit = 200): string {
  if (rs.rows.length === 0) return '_No rows._\n';
  const out = [`| ${rs.columns.map(mdCell).join(' | ')} |`, `|${rs.columns.map(() => '---').join('|')}|`];
  for (const r of rs.rows.slice(0, limit)) out.push(`| ${r.map(mdCell).join(' | ')} |`);
  if (rs.rows.length > limit) out.push('', `_First ${limit} of ${rs.rows.length} rows; the CSV has them all._`);
  return out.join('\n') + '\n';
}

export function toTerminalTable(rs: ResultSet): string {
  const text = rs.rows.map((r) => r.map((v) => cell(v).replace(/\s+/g, ' ')));
  const widths = rs.columns.map((c, i) => Math.min(60, Math.max(c.length, ...text.map((r) => r[i].length))));
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i])).join('  ').trimEnd();
  return [line(rs.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line), `(${rs.rows.length} row${rs.rows.length === 1 ? '' : 's'})`].join('\n') + '\n';
}
