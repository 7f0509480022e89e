// Worker threads for CPU-bound work (a file, a month): started once, fed job after job. `run`
// gives results in job order, `each` as they arrive. A thread runs the jobs of any stage: each
// job names its stage's worker module, which a thread loads on its first job (worker-boot.mjs),
// so one pool serves a whole `npm run pipeline`. The stages reach it through runner.ts.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { EXIT_FAILURE, PaperlakeError } from './errors.js';

/** A stage's side, in its worker module (`export const handler: WorkerHandler<J, R, S>`): what a
 *  thread does with that stage's jobs, set up once per thread from `setup` (sent with each job;
 *  small: folders, not data). */
export interface WorkerHandler<J, R, S = unknown> {
  (setup: S): { run(job: J): R; name(job: J): string };
}

/** What a thread is sent: the worker module, its setup, the job. */
export interface Task<J> {
  script: string;
  setup: unknown;
  job: J;
}

export interface Pool<J, R> {
  /** Results in job order. */
  run(jobs: readonly J[], onDone?: () => void): Promise<R[]>;
  /** Each result as it arrives (any order), none kept: for long streams of large results.
   *  `ahead`: jobs each thread holds (Infinity: all dealt at once, so the threads work through
   *  them while this thread is busy with something else). */
  each(jobs: Iterable<J>, onResult: (r: R, i: number) => void, ahead?: number): Promise<void>;
  close(): Promise<void>;
}

/** A job's working set is one file or one month (tens of MB): a bounded old generation keeps
 *  each worker's garbage from piling up towards the process's memory budget (V8 would size it
 *  for the machine), with room for digests many times the usual size. */
const WORKER_HEAP_MB = 512;

/** Jobs sent to a thread before its first result is back. */
const IN_FLIGHT = 2;

export function createPool<J, R>(size = availableParallelism()): Pool<Task<J>, R> {
  // a worker thread does not inherit tsx: a small boot script registers it, then loads the
  // stages' worker modules as their jobs come
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(boot, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
  );
  const pool: Pool<Task<J>, R> = {
    async run(jobs, onDone = () => {}) {
      const results = new Array<R>(jobs.length);
      await pool.each(jobs, (r, i) => {
        results[i] = r;
        onDone();
      });
      return results;
    },
    each(jobs, onResult, ahead = IN_FLIGHT) {
      // jobs are taken one at a time, so a generator can make each only when a thread is free;
      // each thread holds its next job too, so it never waits for this thread to make one
      const it = jobs[Symbol.iterator]();
      let next = 0,
        exhausted = false;
      // The first failure stops the dealing; the call still waits for every thread to answer the
      // jobs it holds (their results are dropped), so no late answer reaches the next call.
      let failure: unknown = null;
      const stopAll = (err: unknown) => {
        failure ??= err;
        exhausted = true;
        for (const l of lanes) l.drained();
      };
      const lanes = workers.map((w) => {
        const queued: number[] = []; // indices of the jobs sent to this thread, oldest first
        let settle!: () => void;
        const done = new Promise<void>((resolve) => {
          settle = resolve;
        });
        let settled = false;
        /** one more job to this thread; false when there is none */
        const give = (): boolean => {
          if (exhausted) return false;
          const job = it.next();
          if (job.done) {
            exhausted = true;
            return false;
          }
          queued.push(next++);
          w.postMessage(job.value);
          return true;
        };
        const finish = () => {
          if (settled) return;
          settled = true;
          w.off('error', fail);
          w.off('message', onMessage);
          settle();
        };
        /** after a failure: done once this thread holds no job */
        const drained = () => {
          if (queued.length === 0) finish();
        };
        const fail = (err: Error) => {
          queued.length = 0; // a thread that stopped answers nothing more
          stopAll(new PaperlakeError(`a worker thread stopped: ${err.message}`, EXIT_FAILURE, { cause: err }));
        };
        const refill = () => {
          while (queued.length < ahead && give());
          if (queued.length === 0) finish();
        };
        const onMessage = (m: { ok: boolean; result?: R; error?: string; exitCode?: number }) => {
          const i = queued.shift()!;
          if (failure) return drained();
          if (!m.ok) return stopAll(new PaperlakeError(m.error ?? 'worker failed', m.exitCode));
          try {
            onResult(m.result as R, i);
            refill();
          } catch (err) {
            stopAll(err);
          }
        };
        w.on('error', fail);
        w.on('message', onMessage);
        return { give, refill, drained, done };
      });
      // dealt in turns, so threads holding many jobs each (`ahead`) get a fair share
      try {
        for (let round = 0; round < ahead && !exhausted; round++) for (const l of lanes) if (!l.give()) break;
        for (const l of lanes) l.refill();
      } catch (err) {
        stopAll(err);
      }
      return Promise.all(lanes.map((l) => l.done)).then(() => {
        if (failure) throw failure;
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
  return pool;
}
