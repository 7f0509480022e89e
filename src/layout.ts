// Where each stage keeps its output under the --data root.
import { join } from 'node:path';

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
