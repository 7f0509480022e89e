import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const SRC = dirname(fileURLToPath(import.meta.url));
const codeCache = new Map<string, string>();

/**
 * Fingerprint of the source of some `src/` folders: a cache entry made by other code is
 * stale, so editing a parser invalidates exactly the staged output it produced.
 */
export function codeVersion(...folders: string[]): string {
  const key = folders.join(',');
  let v = codeCache.get(key);
  if (v === undefined) {
    const h = createHash('sha256');
    for (const f of folders) {
      const dir = join(SRC, f);
      for (const name of readdirSync(dir).sort()) {
        if (name.endsWith('.ts')) h.update(name).update(readFileSync(join(dir, name)));
      }
    }
    v = h.digest('hex').slice(0, 16);
    codeCache.set(key, v);
  }
  return v;
}
