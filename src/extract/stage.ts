// Extract stage I/O: read digests, parse the changed ones, stage each RawDigest by content hash.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { StageInputError } from '../errors.js';
import { writeAtomic, readJsonIfExists } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../layout.js';
import { progress, warn } from '../log.js';
import { createPool } from '../pool.js';
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

// Staged digests are V8-serialized, not JSON: reading them is 2.5× faster (no UTF-8 decoding of
// the Korean prose), writing 1.8×, and the files are smaller. The format belongs to the V8
// version, so that version is part of every staged file's key.
const STAGED_EXT = '.v8';

// In 256 folders by the key's first two hex digits: creating and renaming tens of thousands of
// files in one folder serialized the worker threads on that folder's lock.
export function stagedDigestPath(data: string, key: string): string {
  return join(layout(data).extractDir, key.slice(0, 2), `${key}${STAGED_EXT}`);
}

/** The index beside the digests is picked up without a flag: that is where users keep it. */
export const DEFAULT_INDEX_NAME = 'papers_list.csv';

/** One digest to bring up to date: its path, and what the last run knew of it. */
export interface FileJob {
  path: string;
  rel: string;
  data: string;
  version: string;
  /** the content hash when size and mtime say the file did not change */
  knownContent: string | null;
  /** the last run's entry, when its staged file can be reused */
  prev: ExtractIndexEntry | null;
  full: boolean;
  size: number;
  mtime_ms: number;
}

export interface FileResult {
  entry: ExtractIndexEntry;
  parsed: boolean;
  /** `file:line: reason` of each problem, for the log */
  warnings: string[];
}

/** A staged digest's key: parser version, file name and content, so any change re-parses. */
const stagedKey = (version: string, rel: string, content: string) => sha256(`${version}\0${rel}\0${content}`).slice(0, 32);

/** Hash, and parse and stage when the content is new (pure but for its own files). */
export function extractFile(j: FileJob): FileResult {
  let bytes: Buffer | null = null;
  const content = j.knownContent ?? sha256((bytes = readFileSync(j.path)));
  const key = stagedKey(j.version, j.rel, content);
  const out = stagedDigestPath(j.data, key);
  const base = { source_path: j.rel, content_sha256: content, key, size: j.size, mtime_ms: j.mtime_ms };
  const p = j.prev;
  if (!j.full && p && p.key === key && p.months && existsSync(out)) {
    return { entry: { ...base, papers: p.papers, quarantined: p.quarantined, months: p.months }, parsed: false, warnings: [] };
  }
  const raw = parseDigest(bytes ?? readFileSync(j.path), j.rel, content);
  writeAtomic(out, serialize(raw));
  return {
    entry: { ...base, papers: raw.papers.length, quarantined: raw.issues.filter((i) => i.scope === 'entry').length, months: [...new Set(raw.papers.map((x) => x.digest_date.slice(0, 7)))].sort() },
    parsed: true,
    warnings: raw.issues.map((i) => `${j.rel}:${i.line}: ${i.reason}`),
  };
}

/** Fewer files than this to parse are done in-process: starting workers (~0.6 s) costs more. */
const PARALLEL_FROM = 500;

export async function extractStage(digestsDir: string, data: string, indexFile?: string, full = false, opts: { parallelFrom?: number } = {}): Promise<ExtractSummary> {
  const L = layout(data);
  const listed = listDigests(digestsDir);
  const digests = listed.digests;
  const defaultIndex = join(digestsDir, DEFAULT_INDEX_NAME);
  const indexPath = indexFile ?? (existsSync(defaultIndex) ? defaultIndex : undefined);
  const skipped = listed.skipped.filter((s) => indexPath === undefined || join(digestsDir, s.source_path) !== indexPath);
  const version = `${codeVersion('extract')}-${process.versions.v8}`;
  mkdirSync(L.extractDir, { recursive: true });
  const bar = progress('extract', digests.length);
  const summary: ExtractSummary = { files: digests.length, parsed: 0, papers: 0, quarantined: 0 };
  for (const s of skipped) warn(`${s.source_path}: ${s.reason}`);

  const previous = new Map((readJsonIfExists<ExtractIndex>(L.extractIndex)?.files ?? []).map((e) => [e.source_path, e]));
  const jobs: FileJob[] = digests.map((path) => {
    const rel = relative(digestsDir, path);
    const st = statSync(path);
    const prev = previous.get(rel) ?? null;
    const same = !full && prev !== null && prev.size === st.size && prev.mtime_ms === st.mtimeMs;
    return { path, rel, data, version, knownContent: same ? prev.content_sha256 : null, prev, full, size: st.size, mtime_ms: st.mtimeMs };
  });
  // unchanged files cost a stat and an exists; the others go to worker threads when many
  const reusable = (j: FileJob) => j.knownContent !== null && j.prev!.months && j.prev!.key === stagedKey(version, j.rel, j.knownContent) && existsSync(stagedDigestPath(data, j.prev!.key));
  const fresh = jobs.filter((j) => !reusable(j));
  const pool = fresh.length >= (opts.parallelFrom ?? PARALLEL_FROM) ? createPool<FileJob, FileResult>(new URL('./worker.ts', import.meta.url), {}) : null;
  const entries: ExtractIndexEntry[] = new Array(jobs.length);
  const take = (r: FileResult, i: number) => {
    entries[i] = r.entry;
    if (r.parsed) summary.parsed++;
    summary.papers += r.entry.papers;
    summary.quarantined += r.entry.quarantined;
    for (const w of r.warnings) warn(w);
    bar.tick();
  };
  try {
    if (pool) {
      const freshSet = new Set(fresh);
      jobs.forEach((j, i) => { if (!freshSet.has(j)) take(extractFile(j), i); });
      const at = new Map(jobs.map((j, i) => [j, i]));
      await pool.each(fresh, (r, k) => take(r, at.get(fresh[k])!));
    } else {
      jobs.forEach((j, i) => take(extractFile(j), i));
    }
  } finally {
    bar.done();
    await pool?.close();
  }

  const paperIndex = indexPath ? parsePaperIndex(indexPath, basename(indexPath)) : null;
  const paperIndexText = JSON.stringify(paperIndex);
  if (!existsSync(L.paperIndex) || readFileSync(L.paperIndex, 'utf8') !== paperIndexText) writeAtomic(L.paperIndex, paperIndexText);

  const index: ExtractIndex = { files: entries, skipped };
  const text = JSON.stringify(index, null, 1);
  if (!existsSync(L.extractIndex) || readFileSync(L.extractIndex, 'utf8') !== text) writeAtomic(L.extractIndex, text);
  // Drop staged digests no longer in the input, so the staging folder tracks the input.
  const keep = new Set(entries.map((e) => stagedDigestPath(data, e.key)));
  for (const name of readdirSync(L.extractDir)) {
    if (name.startsWith('_')) continue;
    const p = join(L.extractDir, name);
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p)) if (!keep.has(join(p, f))) rmSync(join(p, f), { force: true });
    } else rmSync(p, { force: true }); // staged by an older version
  }
  return summary;
}

export function readExtracted(data: string, e: ExtractIndexEntry): RawDigest {
  const p = stagedDigestPath(data, e.key);
  try {
    return deserialize(readFileSync(p)) as RawDigest;
  } catch (err) {
    throw new StageInputError(`staged digest ${p} for ${e.source_path} is missing or unreadable (${(err as Error).message}): run npm run extract`);
  }
}
