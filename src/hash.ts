import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importClosure } from './imports.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = join(SRC, '..');
const codeCache = new Map<string, string>();

/** The installed version of a package ('none' when it is not installed). */
function packageVersion(name: string): string {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'none';
}

/**
 * Fingerprint of the code a stage runs: every file of paperlake its entry point imports or
 * starts in a worker thread, transitively (src/imports.ts), and the installed version of every
 * package those files load. A cache entry made by other code is stale, so editing the parser —
 * or `utf8.ts`, which it imports, or upgrading a library it uses — invalidates exactly what it
 * produced, and nothing a stage does not run. `read` lets a test see other file contents.
 */
export function codeVersion(entry: string | URL, read?: (file: string) => string): string {
  const start = entry instanceof URL || entry.startsWith('file:') ? fileURLToPath(entry) : entry;
  let v = read ? undefined : codeCache.get(start);
  if (v === undefined) {
    const reader = read ?? ((f: string) => readFileSync(f, 'utf8'));
    const { files, packages } = importClosure([start], reader);
    const h = createHash('sha256');
    // paths relative to the checkout, so the key does not depend on where it is installed
    for (const f of files) h.update(relative(ROOT, f).split(sep).join('/')).update('\0').update(reader(f)).update('\0');
    for (const p of packages) h.update(`${p}@${packageVersion(p)}\0`);
    v = h.digest('hex').slice(0, 16);
    if (!read) codeCache.set(start, v);
  }
  return v;
}
