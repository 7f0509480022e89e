// Extract stage I/O: read digests, parse the changed ones, stage RawDigest JSON by content hash.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { StageInputError } from '../errors.js';
import { writeAtomic, readJsonIfExists } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../layout.js';
import { progress, warn } from '../log.js';
import { pLimit } from '../vendor.js';
import { parsePaperIndex } from './paperindex.js';
import { parseDigest } from './parse.js';
import type { RawDigest } from './types.js';

export interface ExtractIndexEntry {
  source_path: string;
  content_sha256: string;
  /** Staged file name: content, name and parser version, so any change re-parses. */
  key: string;
  /** size and mtime of the file when hashed: unchanged ones are not read again (as git does) */
  size: number;
  mtime_ms: number;
  papers: number;
  quarantined: number;
  /** months (YYYY-MM) of its entries: the transform rebuilds by month */
  months: string[];
}

export interface ExtractIndex {
  files: ExtractIndexEntry[];
  /** Files in the digests folder that are not digests (skipped, reported). */
  skipped: { source_path: string; reason: string }[];
}

export interface ExtractSummary {
  files: number;
  parsed: number;
  papers: number;
  quarantined: number;
}

function listDigests(dir: string): { digests: string[]; skipped: { source_path: string; reason: string }[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new StageInputError(`digests folder not found: ${dir}`);
  const digests: string[] = [];
  const skipped: { source_path: string; reason: string }[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const p = join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.(md|markdown)$/i.test(ent.name)) digests.push(p);
      else skipped.push({ source_path: relative(dir, p), reason: 'not a .md file: skipped' });
    }
  };
  walk(dir);
  return { digests: digests.sort(), skipped };
}

export function stagedDigestPath(data: string, key: string): string {
  return join(layout(data).extractDir, `${key}.json`);
}

/** The index beside the digests is picked up without a flag: that is where users keep it. */
export const DEFAULT_INDEX_NAME = 'papers_list.csv';

export async function extractStage(digestsDir: string, data: string, indexFile?: string, full = false, concurrency = 8): Promise<ExtractSummary> {
  const L = layout(data);
  const listed = listDigests(digestsDir);
  const digests = listed.digests;
  const defaultIndex = join(digestsDir, DEFAULT_INDEX_NAME);
  const indexPath = indexFile ?? (existsSync(defaultIndex) ? defaultIndex : undefined);
  const skipped = listed.skipped.filter((s) => indexPath === undefined || join(digestsDir, s.source_path) !== indexPath);
  const version = codeVersion('extract');
  mkdirSync(L.extractDir, { recursive: true });
  const limit = pLimit(concurrency);
  const bar = progress('extract', digests.length);
  const summary: ExtractSummary = { files: digests.length, parsed: 0, papers: 0, quarantined: 0 };
  for (const s of skipped) warn(`${s.source_path}: ${s.reason}`);

  const previous = new Map((readJsonIfExists<ExtractIndex>(L.extractIndex)?.files ?? []).map((e) => [e.source_path, e]));
  const entries = await Promise.all(digests.map((path) => limit(async (): Promise<ExtractIndexEntry> => {
    const rel = relative(digestsDir, path);
    const st = statSync(path);
    const prev = previous.get(rel);
    let content: string;
    let bytes: Buffer | null = null;
    if (!full && prev && prev.size === st.size && prev.mtime_ms === st.mtimeMs) content = prev.content_sha256;
    else { bytes = await readFile(path); content = sha256(bytes); }
    const key = sha256(`${version}\0${rel}\0${content}`).slice(0, 32);
    const out = stagedDigestPath(data, key);
    let counts = !full && prev && prev.key === key && prev.months && existsSync(out) ? { papers: prev.papers, quarantined: prev.quarantined, months: prev.months } : null;
    if (counts === null) {
      const raw = parseDigest(bytes ?? (await readFile(path)), rel, content);
      writeAtomic(out, JSON.stringify(raw));
      summary.parsed++;
      for (const i of raw.issues) warn(`${rel}:${i.line}: ${i.reason}`);
      counts = { papers: raw.papers.length, quarantined: raw.issues.filter((i) => i.scope === 'entry').length, months: [...new Set(raw.papers.map((p) => p.digest_date.slice(0, 7)))].sort() };
    }
    summary.papers += counts.papers;
    summary.quarantined += counts.quarantined;
    bar.tick();
    return { source_path: rel, content_sha256: content, key, size: st.size, mtime_ms: st.mtimeMs, ...counts };
  })));
  bar.done();

  const paperIndex = indexPath ? parsePaperIndex(indexPath, basename(indexPath)) : null;
  const paperIndexText = JSON.stringify(paperIndex);
  if (!existsSync(L.paperIndex) || readFileSync(L.paperIndex, 'utf8') !== paperIndexText) writeAtomic(L.paperIndex, paperIndexText);

  const index: ExtractIndex = { files: entries, skipped };
  const text = JSON.stringify(index, null, 1);
  if (!existsSync(L.extractIndex) || readFileSync(L.extractIndex, 'utf8') !== text) writeAtomic(L.extractIndex, text);
  // Drop staged digests no longer in the input, so the staging folder tracks the input.
  const keep = new Set(entries.map((e) => `${e.key}.json`));
  for (const name of readdirSync(L.extractDir)) {
    if (name.endsWith('.json') && !name.startsWith('_') && !keep.has(name)) rmSync(join(L.extractDir, name), { force: true });
  }
  return summary;
}

export function readExtracted(data: string, e: ExtractIndexEntry): RawDigest {
  const p = stagedDigestPath(data, e.key);
  const raw = readJsonIfExists<RawDigest>(p);
  if (raw === null) throw new StageInputError(`staged digest ${p} for ${e.source_path} is missing: run npm run extract`);
  return raw;
}
