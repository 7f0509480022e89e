// What extract writes and transform reads: the index of staged digests (one entry per input
// file, pointing at the pack that holds its RawDigest), the index of staged API days, the
// generator's paper index, and the readers of each. Extract is the only writer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { StageInputError } from '../errors.js';
import { readJson } from '../fsx.js';
import { layout } from './layout.js';
import { Pack } from './pack.js';
import type { RawDigest, RawHfDay } from './records.js';

export interface ExtractIndexEntry {
  source_path: string;
  content_sha256: string;
  /** Staged digest's key: content, name and parser version, so any change re-parses. */
  key: string;
  /** the pack (file in the staging folder) that holds it */
  pack: string;
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

/** An API file as the extract last saw it. */
export interface HfIndexEntry {
  source_path: string;
  size: number;
  mtime_ms: number;
  content_sha256: string;
  /** parser version and content: the staged day is reused while it is the same */
  key: string;
  items: number;
  quarantined: number;
}

/** The generator's own index (`date,title,url`, e.g. papers_list.csv), for reconciliation;
 *  staged as JSON (`_paper_index.json`, `null` when there is none). */
export interface PaperIndex {
  index_path: string;
  rows: { date: string; title: string; url: string }[];
}

export const readExtractIndex = (data: string) => readJson<ExtractIndex>(layout(data).extractIndex, 'extract output');

/** The staged paper index, as text (its hash is part of the transform's key) and parsed. */
export function readPaperIndex(data: string): { text: string; index: PaperIndex | null } {
  const L = layout(data);
  const text = existsSync(L.paperIndex) ? readFileSync(L.paperIndex, 'utf8') : 'null';
  return { text, index: JSON.parse(text) as PaperIndex | null };
}

/** The staged API files' index as text ('[]' when there is none). */
export function readHfIndexText(data: string): string {
  const L = layout(data);
  return existsSync(L.hfIndex) ? readFileSync(L.hfIndex, 'utf8') : '[]';
}

/** The staged API days (none when there are no API files). */
export function readHfDays(data: string): RawHfDay[] {
  const L = layout(data);
  if (!existsSync(L.hfStaged)) return [];
  try {
    return deserialize(readFileSync(L.hfStaged)) as RawHfDay[];
  } catch (err) {
    throw new StageInputError(`staged API files ${L.hfStaged} are unreadable (${(err as Error).message}): run npm run extract`);
  }
}

/** Staged digests by index entry, each pack read once (a reader keeps the packs it opened). */
export class StagedDigests {
  private packs = new Map<string, Pack>();

  constructor(private data: string) {}

  get(e: ExtractIndexEntry): RawDigest {
    const path = join(layout(this.data).extractDir, e.pack ?? '');
    try {
      let pack = this.packs.get(e.pack);
      if (!pack) this.packs.set(e.pack, (pack = Pack.read(path)));
      const blob = pack.blob(e.key);
      if (!blob) throw new Error(`${e.key} is not in it`);
      return deserialize(blob) as RawDigest;
    } catch (err) {
      throw new StageInputError(
        `staged digest ${path} for ${e.source_path} is missing or unreadable (${(err as Error).message}): run npm run extract`,
      );
    }
  }
}
