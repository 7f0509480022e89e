// Synthetic digests with the statistics of the real corpus: every real digest replicated k
// times, shifted forward in time by whole corpus spans, with fresh arXiv ids. Entries per day,
// section lengths, author lists and the era mix are those of the corpus by construction.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface SynthResult {
  files: number;
  bytes: number;
  papers: number;
}

export function synthesize(corpusDir: string, outDir: string, scale: number): SynthResult {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(corpusDir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f))
    .sort();
  const texts = names.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const first = Date.parse(`${names[0].slice(0, 10)}T00:00:00Z`);
  const span = Date.parse(`${names[names.length - 1].slice(0, 10)}T00:00:00Z`) - first + DAY;
  const counters = new Map<string, number>();
  let bytes = 0,
    papers = 0;
  for (let r = 0; r < scale; r++) {
    const ids = new Map<string, string>(); // a paper listed on two days stays one paper
    names.forEach((name, i) => {
      const date = iso(Date.parse(`${name.slice(0, 10)}T00:00:00Z`) + r * span);
      const yymm = date.slice(2, 4) + date.slice(5, 7);
      const text = texts[i]
        .replace(/^## Daily Papers \(\d{4}-\d{2}-\d{2}\)/gm, `## Daily Papers (${date})`)
        .replace(/arxiv\.org\/abs\/(\d{4}\.\d{4,5})/g, (_, id: string) => {
          let n = ids.get(id);
          if (!n) {
            const c = (counters.get(yymm) ?? 0) + 1;
            counters.set(yymm, c);
            n = `${yymm}.${String(c).padStart(5, '0')}`;
            ids.set(id, n);
            papers++;
          }
          return `arxiv.org/abs/${n}`;
        });
      writeFileSync(join(outDir, `${date}.md`), text);
      bytes += Buffer.byteLength(text);
    });
  }
  return { files: names.length * scale, bytes, papers };
}
