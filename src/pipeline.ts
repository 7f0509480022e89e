// The four stages as calls the scripts share: each returns its one-line summary.
import { extractStage } from './extract/stage.js';
import { acquireLock } from './fsx.js';
import { layout } from './layout.js';
import { loadStage } from './load/stage.js';
import type { Paths } from './cli.js';
import { REFERENCE_DIR, SQL_DIR } from './paths.js';
import { reportStage } from './report/stage.js';
import { transformStage } from './transform/stage.js';
import { chalk } from './vendor.js';

export interface StageOptions extends Paths {
  /** the generator's index for reconciliation (default: papers_list.csv beside the digests) */
  index?: string;
  /** rebuild everything: ignore the caches and the previous lake */
  full?: boolean;
  /** report window, YYYY-MM-DD */
  since?: string;
  until?: string;
}

const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(2)} s`;
const line = (stage: string, parts: string[], t0: number) => `${chalk().bold(stage.padEnd(9))} ${parts.join(', ')} in ${secs(t0)}`;

export async function extract(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await extractStage(o.digests, o.data, o.index, o.full);
  return line('extract', [`${s.files} files (${s.parsed} parsed, ${s.files - s.parsed} unchanged)`, `${s.papers} papers`, `${s.quarantined} quarantined`], t0);
}

export async function transform(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await transformStage(o.data, REFERENCE_DIR, { full: o.full });
  return line('transform', [`${s.digests} files (${s.computed} transformed)`, `${s.papers} papers`, `${s.rows} rows`, `${s.partitionsWritten} partitions staged`], t0);
}

export async function load(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await loadStage(o.data, { full: o.full });
  return line('load', [`${s.files} partitions`, `${s.rows} rows`, `${s.written} Parquet files written`, `${s.removed} removed`], t0);
}

export async function report(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await reportStage(o.data, o.reports, SQL_DIR, { since: o.since, until: o.until }, o.full);
  return line('report', [`${s.reports} reports`, `${s.rows} rows`, `→ ${o.reports}`], t0);
}

/** Hold the data folder's lock while `fn` runs. */
export async function locked<T>(data: string, fn: () => Promise<T>): Promise<T> {
  const release = acquireLock(layout(data).lock);
  try {
    return await fn();
  } finally {
    release();
  }
}
