// Extract stage I/O: read digests, parse the changed ones, stage each RawDigest by content hash.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { StageInputError } from '../errors.js';
import { readJsonIfExists, readTransient, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { progress, warn } from '../log.js';
import { orphans, StageRunner, sweep, writeIfChanged, type Threads } from '../runner.js';
import { hfFileDate, layout } from '../staging/layout.js';
import { Pack, packBytes, packFile, packGroup } from '../staging/pack.js';
import type { ExtractIndex, ExtractIndexEntry, HfIndexEntry } from '../staging/extract.js';
import type { RawHfDay } from '../staging/records.js';
import { parseHfDay } from './hf.js';
import { parsePaperIndex } from './paperindex.js';
import { parseDigest } from './parse.js';

export interface ExtractSummary {
  files: number;
  parsed: number;
  papers: number;
  quarantined: number;
  /** API files (data/hf/), items loaded and set aside */
  hf: { files: number; parsed: number; items: number; quarantined: number };
}

function listDigests(dir: string, exclude: ReadonlySet<string>): { digests: string[]; skipped: { source_path: string; reason: string }[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new StageInputError(`digests folder not found: ${dir}`);
  const digests: string[] = [];
  const skipped: { source_path: string; reason: string }[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const p = join(d, ent.name);
      if (exclude.has(p)) continue; // a data folder kept inside the digests folder is ours, not input
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
// version, so that version is part of every staged digest's key. They are packed a month of
// input files to a file (see pack.ts).

/** The index beside the digests is picked up without a flag: that is where users keep it. */
export const DEFAULT_INDEX_NAME = 'papers_list.csv';

/** One digest to bring up to date: its path, and what the last run knew of it. */
export interface FileJob {
  path: string;
  rel: string;
  /** the content hash when size and mtime say the file did not change */
  knownContent: string | null;
  /** the last run's entry */
  prev: ExtractIndexEntry | null;
  size: number;
  mtime_ms: number;
}

/** The input files of one pack. */
export interface PackJob {
  group: string;
  files: FileJob[];
  data: string;
  version: string;
  full: boolean;
}

export interface PackResult {
  entries: ExtractIndexEntry[];
  parsed: number;
  /** `file:line: reason` of each problem, for the log */
  warnings: string[];
}

/** A staged digest's key: parser version, file name and content, so any change re-parses. */
const stagedKey = (version: string, rel: string, content: string) => sha256(`${version}\0${rel}\0${content}`).slice(0, 32);

/** Hash each file; parse those whose content is new, copy the others' staged bytes from the
 *  packs they were in; write the pack (pure but for its own files). */
export function extractPack(j: PackJob): PackResult {
  const dir = layout(j.data).extractDir;
  const oldPacks = new Map<string, Pack | null>();
  const oldBlob = (prev: ExtractIndexEntry | null, key: string): Buffer | undefined => {
    if (j.full || !prev || prev.key !== key || !prev.pack || !prev.months) return undefined;
    let pack = oldPacks.get(prev.pack);
    if (pack === undefined) {
      try {
        pack = Pack.read(join(dir, prev.pack));
      } catch {
        pack = null;
      } // gone or damaged: parse again
      oldPacks.set(prev.pack, pack);
    }
    return pack?.blob(key);
  };
  const members: { key: string; blob: Uint8Array }[] = [];
  const out: PackResult = { entries: [], parsed: 0, warnings: [] };
  for (const f of j.files) {
    let bytes: Buffer | null = null; // valid until the next file is read
    const content = f.knownContent ?? sha256((bytes = readTransient(f.path)));
    const key = stagedKey(j.version, f.rel, content);
    const base = { source_path: f.rel, content_sha256: content, key, pack: '', size: f.size, mtime_ms: f.mtime_ms };
    const blob = oldBlob(f.prev, key);
    if (blob) {
      const p = f.prev!;
      members.push({ key, blob });
      out.entries.push({ ...base, papers: p.papers, quarantined: p.quarantined, months: p.months });
      continue;
    }
    const raw = parseDigest(bytes ?? readTransient(f.path), f.rel, content);
    members.push({ key, blob: serialize(raw) });
    out.entries.push({
      ...base,
      papers: raw.papers.length,
      quarantined: raw.issues.filter((i) => i.scope === 'entry').length,
      months: [...new Set(raw.papers.map((x) => x.digest_date.slice(0, 7)))].sort(),
    });
    out.warnings.push(...raw.issues.map((i) => `${f.rel}:${i.line}: ${i.reason}`));
    out.parsed++;
  }
  const file = packFile(
    j.group,
    members.map((m) => m.key),
  );
  for (const e of out.entries) e.pack = file;
  // named by its members' keys: a pack of that name already there holds these very bytes
  if (j.full || !existsSync(join(dir, file))) writeAtomic(join(dir, file), packBytes(members));
  return out;
}

/** Fewer files than this to parse are done in-process: starting workers (~0.6 s) costs more. */
const PARALLEL_FROM = 500;

export async function extractStage(
  digestsDir: string,
  data: string,
  indexFile?: string,
  full = false,
  opts: { parallelFrom?: number; threads?: Threads } = {},
): Promise<ExtractSummary> {
  const L = layout(data);
  // a lake of API files alone needs no digests folder
  const hfFiles = listHf(L.hfDir).length;
  const listed =
    hfFiles && !existsSync(digestsDir)
      ? { digests: [], skipped: [] }
      : listDigests(digestsDir, new Set([resolve(data), resolve(L.extractDir, '..'), resolve(L.lake)]));
  const digests = listed.digests;
  // nothing to read is an error, not a lake of empty reports (exit 3: the input is missing)
  if (digests.length === 0 && hfFiles === 0) {
    const other = listed.skipped.length
      ? ` (${listed.skipped.length} other file${listed.skipped.length === 1 ? '' : 's'}, e.g. ${listed.skipped[0].source_path}; digests end in .md)`
      : '';
    throw new StageInputError(`no digests in ${digestsDir}${other}: add digests or give --digests DIR`);
  }
  const defaultIndex = join(digestsDir, DEFAULT_INDEX_NAME);
  const indexPath = indexFile ?? (existsSync(defaultIndex) ? defaultIndex : undefined);
  const skipped = listed.skipped.filter((s) => indexPath === undefined || join(digestsDir, s.source_path) !== indexPath);
  const version = `${codeVersion(import.meta.url)}-${process.versions.v8}`;
  mkdirSync(L.extractDir, { recursive: true });
  const bar = progress('extract', digests.length);
  const summary: ExtractSummary = {
    files: digests.length,
    parsed: 0,
    papers: 0,
    quarantined: 0,
    hf: { files: 0, parsed: 0, items: 0, quarantined: 0 },
  };
  for (const s of skipped) warn(`${s.source_path}: ${s.reason}`);

  const previous = new Map((readJsonIfExists<ExtractIndex>(L.extractIndex)?.files ?? []).map((e) => [e.source_path, e]));
  const groups = new Map<string, { files: FileJob[]; at: number[] }>();
  digests.forEach((path, i) => {
    const rel = relative(digestsDir, path);
    const st = statSync(path);
    const prev = previous.get(rel) ?? null;
    const same = !full && prev !== null && prev.size === st.size && prev.mtime_ms === st.mtimeMs;
    const g = packGroup(rel);
    const group = groups.get(g) ?? groups.set(g, { files: [], at: [] }).get(g)!;
    group.files.push({ path, rel, knownContent: same ? prev.content_sha256 : null, prev, size: st.size, mtime_ms: st.mtimeMs });
    group.at.push(i);
  });
  const entries: ExtractIndexEntry[] = new Array(digests.length);
  const take = (r: PackResult, at: number[]) => {
    r.entries.forEach((e, k) => {
      entries[at[k]] = e;
      summary.papers += e.papers;
      summary.quarantined += e.quarantined;
    });
    summary.parsed += r.parsed;
    for (const w of r.warnings) warn(w);
    bar.tick(r.entries.length);
  };
  // a pack none of whose files changed costs a stat per file and one exists; the others are
  // jobs, on worker threads when many
  const jobs: PackJob[] = [];
  const jobAt: number[][] = [];
  for (const [group, { files, at }] of groups) {
    if (!full && files.every((f) => f.knownContent !== null && f.prev!.months && f.prev!.pack)) {
      const keys = files.map((f) => stagedKey(version, f.rel, f.knownContent!));
      const file = packFile(group, keys);
      if (files.every((f, k) => f.prev!.key === keys[k] && f.prev!.pack === file) && existsSync(join(L.extractDir, file))) {
        take({ entries: files.map((f) => f.prev!), parsed: 0, warnings: [] }, at);
        continue;
      }
    }
    jobs.push({ group, files, data, version, full });
    jobAt.push(at);
  }
  const fresh = jobs.reduce((n, j) => n + j.files.length, 0);
  const runner = new StageRunner<PackJob, PackResult>({
    script: new URL('./worker.ts', import.meta.url),
    local: extractPack,
    threads: opts.threads,
    parallelFrom: opts.parallelFrom,
  });
  try {
    await runner.each(jobs, (r, k) => take(r, jobAt[k]), { work: fresh, from: PARALLEL_FROM });
  } finally {
    bar.done();
    await runner.close();
  }

  const paperIndex = indexPath ? parsePaperIndex(indexPath, basename(indexPath)) : null;
  const paperIndexText = JSON.stringify(paperIndex);
  writeIfChanged(L.paperIndex, paperIndexText);

  summary.hf = extractHf(L, full);

  const index: ExtractIndex = { files: entries, skipped };
  writeIfChanged(L.extractIndex, JSON.stringify(index, null, 1));
  // Drop packs no longer in the index (and files staged by older versions), so the staging
  // folder tracks the input.
  const live = new Set(entries.map((e) => e.pack));
  sweep(orphans(L.extractDir, (name) => name.startsWith('_') || live.has(name)));
  return summary;
}

function listHf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => hfFileDate(n) !== null)
    .sort();
}

/**
 * The API files: each parsed once per content (size and mtime first, as for digests), all of
 * them staged together in one file — they are few (one a day) and small next to the digests.
 */
function extractHf(L: ReturnType<typeof layout>, full: boolean): ExtractSummary['hf'] {
  const names = listHf(L.hfDir);
  const version = `${codeVersion(import.meta.url)}-${process.versions.v8}`;
  const prevIndex = full ? [] : (readJsonIfExists<HfIndexEntry[]>(L.hfIndex) ?? []);
  const prev = new Map(prevIndex.map((e) => [e.source_path, e]));
  type Staged = RawHfDay & { key: string };
  let prevDays: Map<string, Staged> | null = null;
  const prevDay = (key: string) => {
    if (!prevDays) {
      prevDays = new Map();
      try {
        for (const d of deserialize(readFileSync(L.hfStaged)) as Staged[]) prevDays.set(d.key, d);
      } catch {
        /* none yet, or damaged: parse again */
      }
    }
    return prevDays.get(key);
  };
  const out = { files: names.length, parsed: 0, items: 0, quarantined: 0 };
  const entries: HfIndexEntry[] = [];
  const days: Staged[] = [];
  for (const name of names) {
    const path = join(L.hfDir, name);
    const rel = `hf/${name}`;
    const st = statSync(path);
    const p = prev.get(rel);
    let bytes: Buffer | null = null;
    const content = p && p.size === st.size && p.mtime_ms === st.mtimeMs ? p.content_sha256 : sha256((bytes = readFileSync(path)));
    const key = sha256(`${version}\0${rel}\0${content}`).slice(0, 32);
    let day: Staged | undefined = prevDay(key);
    if (!day) {
      day = { ...parseHfDay(new TextDecoder().decode(bytes ?? readFileSync(path)), rel, hfFileDate(name)!, content), key };
      out.parsed++;
      for (const i of day.issues) warn(`${rel}${i.item === null ? '' : `[${i.item}]`}: ${i.reason}`);
    }
    days.push(day);
    const quarantined = day.issues.filter((i) => i.scope === 'entry').length;
    entries.push({
      source_path: rel,
      size: st.size,
      mtime_ms: st.mtimeMs,
      content_sha256: content,
      key,
      items: day.items.length,
      quarantined,
    });
    out.items += day.items.length;
    out.quarantined += quarantined;
  }
  const text = JSON.stringify(entries, null, 1);
  if (!existsSync(L.hfIndex) || readFileSync(L.hfIndex, 'utf8') !== text || !existsSync(L.hfStaged) || out.parsed > 0) {
    writeAtomic(L.hfStaged, serialize(days));
    writeAtomic(L.hfIndex, text);
  }
  return out;
}
