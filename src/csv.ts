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
