// The four stages as calls the scripts share: each returns its one-line summary.
import { extractStage } from './extract/stage.js';
import { acquireLock } from './fsx.js';
import { layout } from './staging/layout.js';
import { loadStage } from './load/stage.js';
import { lakeMissing, readManifest } from './staging/lake.js';
import { StageInputError, UsageError } from './errors.js';
import type { Paths } from './cli.js';
import { REFERENCE_DIR, SQL_DIR } from './paths.js';
import { openLake, query } from './staging/lake.js';
import { reportStage } from './report/stage.js';
import { transformStage } from './transform/stage.js';
import type { Threads } from './runner.js';
import { chalk } from './vendor.js';

export interface StageOptions extends Paths {
  /** the generator's index for reconciliation (default: papers_list.csv beside the digests) */
  index?: string;
  /** rebuild everything: ignore the caches and the previous lake */
  full?: boolean;
  /** report window, YYYY-MM-DD */
  since?: string;
  until?: string;
  /** --weeks: the topic trends' recent window */
  weeks?: number;
  /** worker threads shared by the stages of one run (npm run pipeline); else each its own */
  threads?: Threads;
}

// The summaries share one vocabulary (README, Commands): digests are input files; entries their
// `### ` headings, loaded (an appearance each) or quarantined; papers distinct arXiv ids; rows
// over every table; files what a stage wrote (staged Arrow, Parquet, reports).
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(2)} s`;
const line = (stage: string, parts: string[], t0: number) => `${chalk().bold(stage.padEnd(9))} ${parts.join(', ')} in ${secs(t0)}`;

export async function extract(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await extractStage(o.digests, o.data, o.index, o.full, { threads: o.threads });
  return line(
    'extract',
    [
      `${s.files} digests (${s.parsed} parsed, ${s.files - s.parsed} unchanged)`,
      `${s.papers + s.quarantined} entries (${s.papers} loaded, ${s.quarantined} quarantined)`,
    ],
    t0,
  );
}

export async function transform(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await transformStage(o.data, REFERENCE_DIR, { full: o.full, threads: o.threads });
  return line(
    'transform',
    [
      `${s.digests} digests (${s.computed} transformed)`,
      `${s.entries} entries`,
      `${s.papers} papers`,
      `${s.rows} rows`,
      `${s.files} Arrow files (${s.partitionsWritten} changed)`,
    ],
    t0,
  );
}

export async function load(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  const s = await loadStage(o.data, { full: o.full, threads: o.threads });
  return line('load', [`${s.rows} rows`, `${s.files} Parquet files (${s.written} written, ${s.removed} removed)`], t0);
}

export async function report(o: StageOptions): Promise<string> {
  const t0 = performance.now();
  await checkReportInput(o);
  const s = await reportStage(o.data, o.reports, SQL_DIR, { since: o.since, until: o.until, weeks: o.weeks }, o.full);
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

/** Reports need a lake with digests in it, and a window (--since/--until) with digests in it:
 *  otherwise every report would be written empty, headed "Digests – → –". */
export async function checkReportInput(o: { data: string; since?: string; until?: string }): Promise<void> {
  const manifest = readManifest(o.data);
  if (!manifest) throw lakeMissing(o.data);
  if (manifest.inputs.length === 0)
    throw new StageInputError(`the lake at ${layout(o.data).lake} holds no digests: add digests and run npm run pipeline`);
  if (!o.since && !o.until) return;
  const lake = await openLake(o.data, { since: o.since, until: o.until });
  try {
    const [[n, first, last]] = (
      await query(
        lake.conn,
        "select count(*), strftime(min(digest_date), '%Y-%m-%d'), strftime(max(digest_date), '%Y-%m-%d') from digests_all",
      )
    ).rows as [number, string, string][];
    const [[inWindow]] = (await query(lake.conn, 'select count(*) from digests')).rows as number[][];
    const window = `${o.since ?? '…'} → ${o.until ?? '…'}`;
    if (inWindow === 0) throw new UsageError(`no digests in the window ${window}: the lake's ${n} digests run from ${first} to ${last}`);
  } finally {
    lake.close();
  }
}
