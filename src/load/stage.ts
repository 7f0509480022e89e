// Load stage: staged Arrow IPC partitions → Parquet (Snappy) in the lake, published atomically.
//
// Parquet files are named after the content they hold, so a new version of a partition is a
// new file beside the old one. The manifest, written last by rename, is the lake's only
// table of contents: a run killed at any point leaves the previous manifest pointing at files
// that still exist. Files no manifest mentions are removed after the new one is in place.
import { existsSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StageInputError, wrap } from '../errors.js';
import { flushFiles, readTransient, syncPaths, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../staging/layout.js';
import { SCHEMA_VERSION, TABLES } from '../schema/tables.js';
import { progress } from '../log.js';
import { orphans, StageRunner, sweep, writeIfChanged, type Threads } from '../runner.js';
import { concatIPC, toIPC } from '../schema/arrow.js';
import { EMPTY_PART, readManifest, type Manifest } from '../staging/lake.js';
import { readTransformIndex, readTransformIndexText, type StagedPartition } from '../staging/transform.js';
import { parquet } from '../vendor.js';

export interface LoadSummary {
  files: number;
  written: number;
  removed: number;
  rows: number;
}

export function ipcToParquet(ipc: Uint8Array): Uint8Array {
  // Snappy, not ZSTD: ZSTD took twice the encoding time (the load's main cost) for files ~30%
  // smaller. No dictionary encoding: most strings here are unique (texts, sentences, titles,
  // ids), and trying dictionaries first cost 20–45% of the encoding time for a lake 4% smaller;
  // the reports run no slower. WriterProperties is consumed by writeParquet: one per call.
  const { Compression, Table, WriterPropertiesBuilder, writeParquet } = parquet();
  const props = new WriterPropertiesBuilder()
    .setCompression(Compression.SNAPPY)
    .setDictionaryEnabled(false)
    .setCreatedBy('paperlake')
    .build();
  return writeParquet(Table.fromIPCStream(ipc), props);
}

/** Fewer partitions than this are written in-process: starting workers costs more. */
const PARALLEL_FROM = 300;

export interface ParquetJob {
  /** the staged parts of the partition, in order */
  sources: { path: string; sha256: string }[];
  /** the IPC itself, when nothing was staged (an empty table) */
  ipc?: Uint8Array;
  outPath: string;
  label: string;
}

/** Staged IPC → Parquet file (by rename; made durable by `flushFiles` before the manifest
 *  names it); returns the Parquet bytes' hash. */
export function writeParquetFile(j: ParquetJob): string {
  const read = ({ path, sha256: sha }: ParquetJob['sources'][number], transient: boolean) => {
    const bytes = transient ? readTransient(path) : readFileSync(path);
    if (sha256(bytes) !== sha) throw new StageInputError(`staged ${path} does not match its hash: run the pipeline with --full`);
    return bytes;
  };
  // one part is read into a reused buffer (copied into the encoder's memory before the next read)
  const ipc = j.ipc ?? (j.sources.length === 1 ? read(j.sources[0], true) : concatIPC(j.sources.map((s) => read(s, false))));
  let bytes: Uint8Array;
  try {
    bytes = ipcToParquet(ipc);
  } catch (err) {
    throw wrap(`writing Parquet for ${j.label}`, err);
  }
  writeAtomic(j.outPath, bytes);
  return sha256(bytes);
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
  for (const ent of readdirSync(dir, { withFileTypes: true })) if (ent.isDirectory()) removeEmptyDirs(join(dir, ent.name));
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

export async function loadStage(
  data: string,
  opts: { full?: boolean; parallelFrom?: number; threads?: Threads } = {},
): Promise<LoadSummary> {
  const L = layout(data);
  const staged = readTransformIndex(data);
  const stagedText = readTransformIndexText(data);
  const stagedSha = sha256(stagedText);
  const version = codeVersion(import.meta.url);
  const manifest = opts.full ? null : readManifest(data);
  // a lake written by other load code is rewritten whole
  const old = manifest?.code_version === version ? manifest : null;
  const summary: LoadSummary = { files: 0, written: 0, removed: 0, rows: 0 };
  const lakeOk = (m: Manifest) => Object.values(m.tables).every((t) => Object.values(t).every((f) => existsSync(join(L.lake, f.file))));
  if (old && old.staged_sha256 === stagedSha && lakeOk(old)) {
    for (const t of Object.values(old.tables))
      for (const f of Object.values(t)) {
        summary.files++;
        summary.rows += f.rows;
      }
    return summary;
  }
  if (!staged.inputs) throw new StageInputError(`${L.transformIndex} is from an older paperlake: run npm run transform`);
  const next: Manifest = {
    schema_version: SCHEMA_VERSION,
    staged_sha256: stagedSha,
    code_version: version,
    inputs: staged.inputs,
    tables: {},
  };

  const jobs: ParquetJob[] = [];
  for (const def of TABLES) {
    next.tables[def.name] = {};
    // a partition's staged parts (`year=2024/month=2024-08`, …, or just `year=2024`), in order
    const parts = new Map<string, StagedPartition[]>();
    for (const [key, p] of Object.entries(staged.tables[def.name] ?? {})) {
      const part = key.split('/')[0];
      (parts.get(part) ?? parts.set(part, []).get(part)!).push(p);
    }
    // A table with no rows is still a Parquet file (zero rows, every column), at the table's
    // root: other tools can glob `<table>/**/*.parquet` whatever the data holds.
    if (parts.size === 0) {
      const ipc = toIPC(def, []);
      const sourceSha = sha256(ipc);
      const file = `${def.name}/part-${sourceSha.slice(0, 16)}.parquet`;
      summary.files++;
      const prev = old?.tables[def.name]?.[EMPTY_PART];
      if (prev && prev.source_sha256 === sourceSha && existsSync(join(L.lake, prev.file))) next.tables[def.name][EMPTY_PART] = prev;
      else {
        jobs.push({ sources: [], ipc, outPath: join(L.lake, file), label: `${def.name}/${EMPTY_PART}` });
        next.tables[def.name][EMPTY_PART] = { file, source_sha256: sourceSha, sha256: '', rows: 0 };
      }
      continue;
    }
    for (const [part, sources] of parts) {
      const rows = sources.reduce((n, p) => n + p.rows, 0);
      const sourceSha = sources.length === 1 ? sources[0].sha256 : sha256(sources.map((p) => p.sha256).join('\n'));
      summary.files++;
      summary.rows += rows;
      const prev = old?.tables[def.name]?.[part];
      if (prev && prev.source_sha256 === sourceSha && existsSync(join(L.lake, prev.file))) {
        next.tables[def.name][part] = prev;
        continue;
      }
      const dir = part === 'all' ? def.name : `${def.name}/${part}`;
      const file = `${dir}/part-${sourceSha.slice(0, 16)}.parquet`;
      jobs.push({
        sources: sources.map((p) => ({ path: join(L.transformDir, p.file), sha256: p.sha256 })),
        outPath: join(L.lake, file),
        label: `${def.name}/${part}`,
      });
      next.tables[def.name][part] = { file, source_sha256: sourceSha, sha256: '', rows };
    }
  }
  // Parquet encoding (in wasm) is the cost: worker threads share it when there is much
  const runner = new StageRunner<ParquetJob, string>({
    script: new URL('./worker.ts', import.meta.url),
    local: writeParquetFile,
    threads: opts.threads,
    parallelFrom: opts.parallelFrom,
  });
  const bar = progress('load', jobs.length);
  let shas: string[];
  try {
    shas = await runner.run(jobs, { work: jobs.length, from: PARALLEL_FROM }, () => bar.tick());
  } finally {
    bar.done();
    await runner.close();
  }
  jobs.forEach((j, i) => {
    const [table, part] = j.label.split('/');
    next.tables[table][part].sha256 = shas[i];
  });
  summary.written = jobs.length;

  // The Parquet files, and their names, must be on disk before the manifest that lists them.
  // While that flush waits on the disk, find the garbage: files of older lake versions, and
  // temporaries of killed runs — removed once the new manifest is in place.
  const flushed = flushFiles(
    L.lake,
    jobs.map((j) => j.outPath),
  );
  const live = new Set(Object.values(next.tables).flatMap((t) => Object.values(t).map((f) => f.file)));
  const garbage = TABLES.flatMap((def) => orphans(join(L.lake, def.name), (rel) => live.has(`${def.name}/${rel}`), true));
  const temporaries = orphans(L.lake, (name) => !/\.tmp-\d+-\d+$/.test(name));
  await flushed;
  if (writeIfChanged(L.manifest, JSON.stringify(next, null, 1), true)) syncPaths([L.lake]);
  sweep([...garbage, ...temporaries]);
  summary.removed = garbage.length;
  for (const def of TABLES) removeEmptyDirs(join(L.lake, def.name));
  return summary;
}
