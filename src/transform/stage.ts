// Transform stage I/O: staged RawDigests → Arrow IPC partitions, one folder per lake table.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperIndex } from '../extract/paperindex.js';
import { readExtracted, type ExtractIndex } from '../extract/stage.js';
import { readJson, readJsonIfExists, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../layout.js';
import { progress } from '../log.js';
import { toIPC } from '../schema/arrow.js';
import { SCHEMA_VERSION, TABLES, type Row, type TableDef } from '../schema/tables.js';
import { assemble } from './assemble.js';
import { transformDigest, type DigestRows } from './digest.js';
import { metricRows } from './metrics.js';
import { loadReference } from './reference.js';

export interface StagedPartition {
  file: string; // relative to the transform folder
  sha256: string; // of the IPC bytes: load converts only partitions whose hash changed
  rows: number;
}

export interface TransformIndex {
  schema_version: number;
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

export async function transformStage(data: string, referenceDir: string): Promise<TransformSummary> {
  const L = layout(data);
  const index = readJson<ExtractIndex>(L.extractIndex, 'extract output');
  const ref = loadReference(referenceDir);
  const version = `${codeVersion('transform', 'schema')}-${ref.version}`;
  mkdirSync(L.transformCache, { recursive: true });

  const bar = progress('transform', index.files.length);
  const digests: DigestRows[] = [];
  let computed = 0;
  const keep = new Set<string>();
  for (const e of index.files) {
    const cachePath = join(L.transformCache, `${e.key}-${version}.json`);
    keep.add(`${e.key}-${version}.json`);
    let rows = readJsonIfExists<DigestRows>(cachePath);
    if (rows === null) {
      rows = transformDigest(readExtracted(data, e), { metrics: (p) => metricRows(p, ref.benchmarks), topics: (p) => ref.topics.tag(p.title, p.sections) });
      writeAtomic(cachePath, JSON.stringify(rows));
      computed++;
    }
    digests.push(rows);
    bar.tick();
  }
  bar.done();
  for (const name of readdirSync(L.transformCache)) if (!keep.has(name)) rmSync(join(L.transformCache, name), { force: true });

  const paperIndex = readJsonIfExists<PaperIndex>(L.paperIndex);
  const tables = assemble(digests, { aliases: ref.aliases, paperIndex });
  const old = readJsonIfExists<TransformIndex>(L.transformIndex);
  const next: TransformIndex = { schema_version: SCHEMA_VERSION, tables: {} };
  let written = 0, total = 0;
  for (const def of TABLES) {
    const rows = tables.get(def.name) ?? [];
    total += rows.length;
    next.tables[def.name] = {};
    for (const [part, partRows] of partitionRows(def, rows)) {
      const bytes = toIPC(def, partRows);
      const hash = sha256(bytes);
      const file = `${def.name}/${part}.arrow`;
      const prev = old?.tables[def.name]?.[part];
      if (!prev || prev.sha256 !== hash || !existsSync(join(L.transformDir, file))) {
        writeAtomic(join(L.transformDir, file), bytes);
        written++;
      }
      next.tables[def.name][part] = { file, sha256: hash, rows: partRows.length };
    }
    // partitions that no longer have rows (a deleted digest) leave staging too
    const dir = join(L.transformDir, def.name);
    if (existsSync(dir)) for (const name of readdirSync(dir)) {
      if (name.endsWith('.arrow') && !next.tables[def.name][name.slice(0, -'.arrow'.length)]) rmSync(join(dir, name), { force: true });
    }
  }
  const text = JSON.stringify(next, null, 1);
  if (JSON.stringify(old, null, 1) !== text) writeAtomic(L.transformIndex, text);
  return { digests: index.files.length, computed, papers: tables.get('papers')!.length, rows: total, partitionsWritten: written };
}
