// Transform stage I/O: staged RawDigests → Arrow IPC partitions, one folder per lake table.
//
// Per digest (cached by its extract key and the code/reference version) the rows split in two:
// small facts (papers, votes, authors, topics, quarantine) and the large body (appearances,
// sections, metrics). Global tables are recomputed from all facts each run; body tables are
// rebuilt only for the months whose set of digests changed. Staged files are named by their
// content and the index is written last, so a killed run leaves the previous index valid.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperIndex } from '../extract/paperindex.js';
import { readExtracted, type ExtractIndex, type ExtractIndexEntry } from '../extract/stage.js';
import { readJson, readJsonIfExists, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../layout.js';
import { progress } from '../log.js';
import { runPool } from '../pool.js';
import { toIPC } from '../schema/arrow.js';
import { SCHEMA_VERSION, TABLES, tableDef, type Row, type TableDef } from '../schema/tables.js';
import { BODY_TABLES, bodyTables, factTables } from './assemble.js';
import { transformDigest, type DigestBody, type DigestFacts } from './digest.js';
import { metricRows } from './metrics.js';
import { loadReference, type Reference } from './reference.js';

export interface StagedPartition {
  file: string; // relative to the transform folder; named by content
  sha256: string; // of the IPC bytes: load converts only partitions whose hash changed
  rows: number;
}

export interface TransformIndex {
  schema_version: number;
  /** everything the output depends on: inputs, code, reference data */
  inputs_key: string;
  /** month → hash of the digests whose body rows fall in it */
  months: Record<string, string>;
  tables: Record<string, Record<string, StagedPartition>>;
}

export interface TransformSummary {
  digests: number;
  computed: number;
  papers: number;
  rows: number;
  partitionsWritten: number;
}

export function partitionOf(def: TableDef, row: Row): string {
  if (!def.partitionBy) return 'all';
  return `month=${(row[def.partitionBy] as string).slice(0, 7)}`;
}

export function partitionRows(def: TableDef, rows: readonly Row[]): Map<string, Row[]> {
  const parts = new Map<string, Row[]>();
  for (const r of rows) {
    const p = partitionOf(def, r);
    let l = parts.get(p);
    if (!l) parts.set(p, (l = []));
    l.push(r);
  }
  return parts;
}

/** Fewer digests than this are transformed in-process: starting workers (~0.6 s) costs more. */
const PARALLEL_FROM = 500;

const cacheName = (e: ExtractIndexEntry, version: string, part: 'facts' | 'body') => `${e.key}-${version}.${part}.json`;

/** The per-digest step: pure transform, written as two cache files. */
export function transformOne(data: string, e: ExtractIndexEntry, ref: Reference, version: string): DigestFacts {
  const L = layout(data);
  const rows = transformDigest(readExtracted(data, e), {
    metrics: (p) => metricRows(p, ref.benchmarks),
    topics: (p) => ref.topics.tag(p.title, p.sections),
  });
  const { appearances, sections, metrics, ...facts } = rows;
  writeAtomic(join(L.transformCache, cacheName(e, version, 'body')), JSON.stringify({ appearances, sections, metrics }));
  writeAtomic(join(L.transformCache, cacheName(e, version, 'facts')), JSON.stringify(facts));
  return facts;
}

export async function transformStage(data: string, referenceDir: string, opts: { full?: boolean; parallelFrom?: number } = {}): Promise<TransformSummary> {
  const L = layout(data);
  const index = readJson<ExtractIndex>(L.extractIndex, 'extract output');
  const ref = loadReference(referenceDir);
  const version = `${codeVersion('transform', 'schema')}-${ref.version}`;
  const paperIndexText = existsSync(L.paperIndex) ? readFileSync(L.paperIndex, 'utf8') : 'null';
  const inputsKey = sha256([SCHEMA_VERSION, version, sha256(paperIndexText), ...index.files.map((e) => `${e.source_path}\0${e.key}`)].join('\n'));
  const old = opts.full ? null : readJsonIfExists<TransformIndex>(L.transformIndex);
  const stagedOk = (t: TransformIndex) => Object.values(t.tables).every((parts) => Object.values(parts).every((p) => existsSync(join(L.transformDir, p.file))));
  if (old && old.inputs_key === inputsKey && old.schema_version === SCHEMA_VERSION && stagedOk(old)) {
    const rows = Object.values(old.tables).reduce((n, parts) => n + Object.values(parts).reduce((m, p) => m + p.rows, 0), 0);
    const papers = Object.values(old.tables.papers ?? {}).reduce((n, p) => n + p.rows, 0);
    return { digests: index.files.length, computed: 0, papers, rows, partitionsWritten: 0 };
  }
  mkdirSync(L.transformCache, { recursive: true });

  // 1. per digest, cached
  const bar = progress('transform', index.files.length);
  const facts: (DigestFacts | null)[] = index.files.map((e) => {
    const cached = opts.full ? null : readJsonIfExists<DigestFacts>(join(L.transformCache, cacheName(e, version, 'facts')));
    return cached && existsSync(join(L.transformCache, cacheName(e, version, 'body'))) ? cached : null;
  });
  const todo = index.files.map((e, i) => ({ e, i })).filter(({ i }) => facts[i] === null);
  bar.tick(index.files.length - todo.length);
  if (todo.length >= (opts.parallelFrom ?? PARALLEL_FROM)) {
    // CPU-bound (metrics, topics): one worker thread per core
    const done = await runPool<ExtractIndexEntry, DigestFacts>(new URL('./worker.ts', import.meta.url), { data, referenceDir, version }, todo.map((t) => t.e), () => bar.tick());
    todo.forEach((t, k) => { facts[t.i] = done[k]; });
  } else {
    for (const t of todo) { facts[t.i] = transformOne(data, t.e, ref, version); bar.tick(); }
  }
  bar.done();
  const computed = todo.length;
  const keep = new Set(index.files.flatMap((e) => [cacheName(e, version, 'facts'), cacheName(e, version, 'body')]));
  for (const name of readdirSync(L.transformCache)) if (!keep.has(name)) rmSync(join(L.transformCache, name), { force: true });

  const next: TransformIndex = { schema_version: SCHEMA_VERSION, inputs_key: inputsKey, months: {}, tables: {} };
  let written = 0;
  const stage = (def: TableDef, part: string, rows: Row[]) => {
    const bytes = toIPC(def, rows);
    const hash = sha256(bytes);
    const file = `${def.name}/${part}-${hash.slice(0, 16)}.arrow`;
    if (!existsSync(join(L.transformDir, file))) { writeAtomic(join(L.transformDir, file), bytes); written++; }
    (next.tables[def.name] ??= {})[part] = { file, sha256: hash, rows: rows.length };
  };

  // 2. global tables from the facts of every digest
  const paperIndex = JSON.parse(paperIndexText) as PaperIndex | null;
  const global = factTables(facts as DigestFacts[], { aliases: ref.aliases, paperIndex });
  for (const [name, rows] of global) {
    const def = tableDef(name);
    for (const [part, partRows] of partitionRows(def, rows)) stage(def, part, partRows);
  }

  // 3. body tables, month by month; a month whose digests did not change keeps its files
  const byMonth = new Map<string, number[]>();
  index.files.forEach((_, i) => { for (const m of facts[i]!.months) (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(i); });
  for (const [month, members] of [...byMonth].sort()) {
    const hash = sha256(members.map((i) => index.files[i].key).sort().join('\n') + version);
    next.months[month] = hash;
    const part = `month=${month}`;
    const reuse = old && old.months?.[month] === hash && BODY_TABLES.every((t) => old.tables[t]?.[part] === undefined || existsSync(join(L.transformDir, old.tables[t][part].file)));
    if (reuse) {
      for (const t of BODY_TABLES) if (old.tables[t]?.[part]) (next.tables[t] ??= {})[part] = old.tables[t][part];
      continue;
    }
    const bodies = members.map((i) => readJson<DigestBody>(join(L.transformCache, cacheName(index.files[i], version, 'body')), `transform cache of ${index.files[i].source_path}`));
    const inMonth = (r: Row) => (r.digest_date as string).startsWith(month);
    const tables = bodyTables(bodies.map((b) => ({ appearances: b.appearances.filter(inMonth), sections: b.sections.filter(inMonth), metrics: b.metrics.filter(inMonth) })));
    for (const [name, rows] of tables) if (rows.length) stage(tableDef(name), part, rows);
  }

  const text = JSON.stringify(next, null, 1);
  if (!existsSync(L.transformIndex) || readFileSync(L.transformIndex, 'utf8') !== text) writeAtomic(L.transformIndex, text);
  // staged files no index refers to: older versions, and temporaries of killed runs
  const live = new Set(Object.values(next.tables).flatMap((parts) => Object.values(parts).map((p) => p.file)));
  for (const def of TABLES) {
    const dir = join(L.transformDir, def.name);
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (!live.has(`${def.name}/${name}`)) rmSync(join(dir, name), { force: true });
  }
  const rows = Object.values(next.tables).reduce((n, parts) => n + Object.values(parts).reduce((m, p) => m + p.rows, 0), 0);
  return { digests: index.files.length, computed, papers: global.get('papers')!.length, rows, partitionsWritten: written };
}
