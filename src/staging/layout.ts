// Where each stage keeps its output under the --data root, and how the input files it reads
// from there are named.
import { join } from 'node:path';
import { isValidDate } from '../formats.js';

export function layout(data: string) {
  const staging = join(data, 'staging');
  return {
    extractDir: join(staging, 'extract'),
    extractIndex: join(staging, 'extract', '_index.json'),
    paperIndex: join(staging, 'extract', '_paper_index.json'),
    /** files of api/daily_papers (npm run sync -- --hf), and what extract made of them */
    hfDir: join(data, 'hf'),
    hfIndex: join(staging, 'extract', '_hf_index.json'),
    hfStaged: join(staging, 'extract', '_hf.v8'),
    transformDir: join(staging, 'transform'),
    transformCache: join(staging, 'transform-cache'),
    transformIndex: join(staging, 'transform', '_index.json'),
    lake: join(data, 'lake'),
    manifest: join(data, 'lake', '_manifest.json'),
    lock: join(data, '.lock'),
  };
}

/** The API file of a date, and the date of an API file name (null for other names). */
export const hfFileName = (date: string) => `${date}.json`;
export function hfFileDate(name: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.json$/.exec(name);
  return m && isValidDate(m[1]) ? m[1] : null;
}
