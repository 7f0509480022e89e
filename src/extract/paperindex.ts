// The generator's own index (`date,title,url`, e.g. papers_list.csv), for reconciliation.
import { readFileSync } from 'node:fs';
import { PaperlakeError } from '../errors.js';
import type { PaperIndex } from '../staging/extract.js';
import { Papa } from '../vendor.js';

export function parsePaperIndex(path: string, displayPath = path): PaperIndex {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PaperlakeError(`cannot read the paper index ${path}: ${(err as Error).message}`);
  }
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const fields = res.meta.fields ?? [];
  for (const f of ['date', 'title', 'url']) {
    if (!fields.includes(f)) throw new PaperlakeError(`${path}:1: the paper index needs a "${f}" column (has: ${fields.join(', ')})`);
  }
  if (res.errors.length) {
    const e = res.errors[0];
    throw new PaperlakeError(`${path}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return { index_path: displayPath, rows: res.data.map((r) => ({ date: r.date.trim(), title: r.title.trim(), url: r.url.trim() })) };
}
