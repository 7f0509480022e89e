// What transform writes and load reads: Arrow IPC partitions named by their content, and the
// index (written last) that says which files make up each table. Transform is the only writer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic, readJson } from '../fsx.js';
import { sha256 } from '../hash.js';
import { toIPC, type Columns } from '../schema/arrow.js';
import type { Row, TableDef } from '../schema/tables.js';
import { layout } from './layout.js';

export interface StagedPartition {
  file: string; // relative to the transform folder; named by content
  sha256: string; // of the IPC bytes: load converts only partitions whose hash changed
  rows: number;
}

export interface TransformIndex {
  schema_version: number;
  /** everything the output depends on: inputs, code, reference data */
  inputs_key: string;
  /** the input files this was made from (the lake's manifest lists them) */
  inputs: { source_path: string; content_sha256: string }[];
  /** month → hash of the digests whose body rows fall in it */
  months: Record<string, string>;
  /** partition of the paper-level tables → hash of what its papers and paper_topics need (the
   *  papers' summaries, the facts of their months), and of what its paper_authors need */
  paper_parts?: Record<string, { papers: string; authors: string }>;
  /** table → staged part → file. A part is a lake partition (`year=2024`, `all`), or a month of
   *  one (`year=2024/month=2024-08`: body rows, recomputed a month at a time), which the load
   *  writes together as the partition's Parquet file. */
  tables: Record<string, Record<string, StagedPartition>>;
}

export interface StagedPart {
  table: string;
  part: string;
  staged: StagedPartition;
  /** false when a file with this content was already staged */
  written: boolean;
}

/** One partition → Arrow IPC in the staging folder, named by its content. */
export function stagePartition(transformDir: string, def: TableDef, part: string, rows: Row[] | Columns): StagedPart {
  const bytes = toIPC(def, rows);
  const hash = sha256(bytes);
  const file = `${def.name}/${part.replace('/', '.')}-${hash.slice(0, 16)}.arrow`;
  const written = !existsSync(join(transformDir, file));
  if (written) writeAtomic(join(transformDir, file), bytes);
  return { table: def.name, part, staged: { file, sha256: hash, rows: rows.length }, written };
}

export const readTransformIndex = (data: string) => readJson<TransformIndex>(layout(data).transformIndex, 'transform output');

/** The index as text, whose hash the manifest records (the load's "nothing changed" key). */
export const readTransformIndexText = (data: string) => readFileSync(layout(data).transformIndex, 'utf8');
