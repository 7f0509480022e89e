// Staged digests, packed: one file holds the parsed digests of one month of input files (the
// transform caches its month facts the same way, in two named parts).
//
// A file per digest made creating and renaming files the slowest part of extracting a long
// history (~0.35 ms each here: 10 of 17 s for 28,700 digests). A pack keeps each digest's
// V8-serialized bytes apart, so a changed month copies its unchanged members' bytes instead of
// parsing them again, and a reader deserializes only the digests it asks for.
//
// Layout: "PLK1", u32 (LE) length of a JSON header [[key, byteLength], ...], then the bytes.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { sha256 } from '../hash.js';

const MAGIC = 'PLK1';

export class Pack {
  private at = new Map<string, [number, number]>();

  constructor(readonly bytes: Buffer) {
    if (bytes.toString('latin1', 0, 4) !== MAGIC) throw new Error('not a paperlake pack file');
    const len = bytes.readUInt32LE(4);
    let p = 8 + len;
    for (const [key, n] of JSON.parse(bytes.toString('utf8', 8, 8 + len)) as [string, number][]) {
      this.at.set(key, [p, p + n]);
      p += n;
    }
    if (p !== bytes.length) throw new Error(`pack is ${bytes.length} bytes, its header says ${p}`);
  }

  static read(path: string): Pack {
    return new Pack(readFileSync(path));
  }

  /** The serialized bytes of one member, or undefined. */
  blob(key: string): Buffer | undefined {
    const r = this.at.get(key);
    return r && this.bytes.subarray(r[0], r[1]);
  }
}

/** A pack's bytes as chunks (header, then each member's bytes), to be written without first
 *  copying them into one buffer. */
export function packBytes(members: readonly { key: string; blob: Uint8Array }[]): Uint8Array[] {
  const header = Buffer.from(JSON.stringify(members.map((m) => [m.key, m.blob.byteLength])));
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 4);
  return [head, header, ...members.map((m) => m.blob)];
}

/**
 * The pack an input file belongs to: its folder and the month its name starts with (digests are
 * named by date); files named otherwise share one of 16 packs per folder, by a hash of the name.
 * Folders are hashed into the name so it stays one flat, safe file name.
 */
export function packGroup(rel: string): string {
  const month = /^(\d{4}-\d{2})-\d{2}/.exec(basename(rel))?.[1] ?? `other-${sha256(basename(rel)).slice(0, 1)}`;
  const dir = dirname(rel);
  return dir === '.' ? month : `${sha256(dir).slice(0, 8)}-${month}`;
}

/** A pack's file name: its group and its members' keys, so any change gives a new name. */
export const packFile = (group: string, keys: readonly string[]) => `${group}-${sha256(keys.join('\n')).slice(0, 20)}.pack`;
