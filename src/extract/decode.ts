// Bytes → lines, tolerating what real files do: BOM, CRLF, invalid UTF-8, binary junk.

export interface Decoded {
  lines: string[];
  /** 1-based numbers of lines that held invalid UTF-8 (shown with U+FFFD). */
  badLines: Set<number>;
  bom: boolean;
  binary: boolean;
  empty: boolean;
  /** The last line has no newline and stops mid-sentence: the file was cut short. */
  cut: boolean;
}

import { isUtf8 } from 'node:buffer';
import { decodeUtf8 } from '../utf8.js';

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** NUL bytes never occur in Markdown; a few mean the file is not text at all. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (bytes.subarray(0, n).indexOf(0) === -1) return false; // the usual case, found natively
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0 && nul * 100 >= n; // ≥1% NULs: junk injected into a text file stays text
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // validate natively, then decode natively: TextDecoder's fatal mode is several times slower
  const invalid = !isUtf8(body);
  const text = invalid ? lenient.decode(body) : decodeUtf8(body);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].endsWith('\r')) lines[i] = lines[i].replace(/\r+$/, '');
  }
  const endsWithNewline = lines.length > 0 && lines[lines.length - 1] === '';
  if (endsWithNewline) lines.pop();
  const last = lines.length ? lines[lines.length - 1].trimEnd() : '';
  // Every digest ends with a newline after a finished sentence; a file that ends mid-line
  // after anything else (`Authors: A, B`, half a word) was cut short.
  const cut = !endsWithNewline && last !== '' && !/[.!?。)\]"'”’>*]$/.test(last);
  const badLines = new Set<number>();
  if (invalid) lines.forEach((l, i) => l.includes('\uFFFD') && badLines.add(i + 1));
  return { lines, badLines, bom, binary: looksBinary(body), empty: body.length === 0 || text.trim() === '', cut };
}
