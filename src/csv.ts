// CSV files with a header row (the reference CSVs in data/reference), read with papaparse:
// `#` comment lines and blank lines skipped, keys and values trimmed.
import { readFileSync } from 'node:fs';
import { PaperlakeError } from './errors.js';
import { Papa } from './vendor.js';

export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', comments: '#' });
  if (res.errors.length) {
    const e = res.errors[0];
    throw new PaperlakeError(`${path}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return res.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim(), (v ?? '').trim()])));
}

/** A reference CSV read row by row with each row's line (1-based), for errors that name it:
 *  `#` comment lines and blank lines skipped, the first other line the header (each of
 *  `columns` must be in it), cells trimmed. One row a line: no cell spans lines. */
export function readCsvRows(path: string, columns: readonly string[]): { line: number; row: Record<string, string> }[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const res = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  if (res.errors.length) throw new PaperlakeError(`${path}:${(res.errors[0].row ?? 0) + 1}: ${res.errors[0].message}`);
  let header: string[] | null = null;
  const out: { line: number; row: Record<string, string> }[] = [];
  res.data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '') || cells[0]?.trimStart().startsWith('#')) return;
    if (!header) {
      header = cells.map((c) => c.trim());
      for (const col of columns) if (!header.includes(col)) throw new PaperlakeError(`${path}:${i + 1}: missing column "${col}"`);
      return;
    }
    const h = header;
    out.push({ line: i + 1, row: Object.fromEntries(h.map((k, j) => [k, (cells[j] ?? '').trim()])) });
  });
  return out;
}
