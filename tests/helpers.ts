// Shared test fixtures: the real corpus in ../shared (never copied into the repo) and temp folders.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/paths.js';
import { extract, load, report, transform } from '../src/pipeline.js';
import type { Paths } from '../src/cli.js';

export const SHARED = join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus', 'digests');
export const GOLD = join(SHARED, 'gold');

export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

export function corpusBytes(name: string): Buffer {
  return readFileSync(join(CORPUS, name));
}

export function tempDir(prefix = 'paperlake-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the four stages in-process, as `npm run pipeline` does. */
export async function runPipeline(paths: Paths, stages = [extract, transform, load, report]): Promise<string[]> {
  const lines: string[] = [];
  for (const s of stages) lines.push(await s(paths));
  return lines;
}

/** `### ` lines, counted independently of the parser. */
export function countHeadings(text: string): number {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l.startsWith('### ') || l.replace(/\r$/, '') === '###').length;
}
