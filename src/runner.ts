// How every stage runs its jobs and keeps its output folder, written once: the jobs in this
// thread, or on worker threads when there are enough of them to pay for starting the threads
// (~0.35 s a pool); an index or manifest rewritten only when its text changed; files no index
// names (older runs', killed runs' temporaries) swept away.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from './fsx.js';
import { createPool, type Pool, type Task } from './pool.js';

/** One pool of worker threads, started on first use: a stage's own, or one shared by every
 *  stage of `npm run pipeline` (the threads start once, not once per stage). */
export class Threads {
  private pool: Pool<Task<unknown>, unknown> | null = null;

  get(): Pool<Task<unknown>, unknown> {
    return (this.pool ??= createPool());
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}

export interface RunnerOptions<J, R> {
  /** the stage's worker module: exports `handler` (pool.ts WorkerHandler) */
  script: URL;
  /** what the handler is set up with on each thread */
  setup?: unknown;
  /** the same work in this thread */
  local: (job: J) => R;
  /** a pool shared with other stages (not closed here); without one, the stage's own */
  threads?: Threads;
  /** work from which threads are used, for every phase (tests: 1 or Infinity) */
  parallelFrom?: number;
}

/** A stage's jobs, on threads or here by one rule: `work` (files, months, partitions) at least
 *  the phase's threshold. Results are the same either way (tests check both paths' bytes). */
export class StageRunner<J, R> {
  private own: Threads | null = null;

  constructor(private o: RunnerOptions<J, R>) {}

  /** Whether this much work goes to threads. */
  parallel(work: number, from: number): boolean {
    return work >= (this.o.parallelFrom ?? from);
  }

  private pool(): Pool<Task<J>, R> {
    const threads = this.o.threads ?? (this.own ??= new Threads());
    return threads.get() as Pool<Task<J>, R>;
  }

  private task = (job: J): Task<J> => ({ script: this.o.script.href, setup: this.o.setup ?? null, job });

  /**
   * Each job's result as it comes: in job order in this thread, in any order from threads.
   * `ahead`: jobs each thread holds (Infinity: all dealt at once, so the threads work through
   * them while this thread does something else; in this thread the jobs are done before this
   * returns).
   */
  each(jobs: Iterable<J>, onResult: (r: R, i: number) => void, how: { work: number; from: number; ahead?: number }): Promise<void> {
    if (this.parallel(how.work, how.from)) {
      const task = this.task;
      return this.pool().each(
        (function* () {
          for (const j of jobs) yield task(j);
        })(),
        onResult,
        how.ahead,
      );
    }
    let i = 0;
    try {
      for (const j of jobs) onResult(this.o.local(j), i++);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve();
  }

  /** Results in job order. */
  async run(jobs: readonly J[], how: { work: number; from: number }, onDone: () => void = () => {}): Promise<R[]> {
    const out = new Array<R>(jobs.length);
    await this.each(
      jobs,
      (r, i) => {
        out[i] = r;
        onDone();
      },
      how,
    );
    return out;
  }

  /** Stops the stage's own threads (a shared pool stays for the next stage). */
  async close(): Promise<void> {
    await this.own?.close();
    this.own = null;
  }
}

/** Writes `text` unless the file already holds it (an unchanged run leaves the mtime alone);
 *  `durable`: fsynced (the lake's manifest). True when written. */
export function writeIfChanged(path: string, text: string, durable = false): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeAtomic(path, text, durable);
  return true;
}

/**
 * What in `dir` no index names: `live(name)` for each entry (a file, or a folder, removed
 * whole), or with `deep` for each file below, by its path from `dir` with `/`.
 */
export function orphans(dir: string, live: (name: string) => boolean, deep = false): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix + ent.name;
      if (deep && ent.isDirectory()) walk(join(d, ent.name), `${rel}/`);
      else if (!live(rel)) out.push(join(d, ent.name));
    }
  };
  walk(dir, '');
  return out;
}

/** Removes what `orphans` found; how many. */
export function sweep(paths: readonly string[]): number {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
  return paths.length;
}
