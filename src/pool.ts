// Worker threads for CPU-bound per-file work: started once, fed batch after batch; results
// come back in job order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PaperlakeError } from './errors.js';

export interface Pool<J, R> {
  run(jobs: readonly J[], onDone?: () => void): Promise<R[]>;
  close(): Promise<void>;
}

export function createPool<J, R>(script: URL, workerData: unknown, size = availableParallelism()): Pool<J, R> {
  // a worker thread does not inherit tsx: a small boot script registers it, then loads ours
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(boot, { workerData: { ...(workerData as object), script: script.href } }));
  return {
    async run(jobs, onDone = () => {}) {
      const results = new Array<R>(jobs.length);
      let next = 0;
      await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
        const fail = (err: Error) => reject(err);
        w.once('error', fail);
        const feed = () => {
          if (next >= jobs.length) { w.off('error', fail); return resolve(); }
          const i = next++;
          w.once('message', (m: { ok: boolean; result?: R; error?: string }) => {
            if (!m.ok) { w.off('error', fail); return reject(new PaperlakeError(m.error ?? 'worker failed')); }
            results[i] = m.result as R;
            onDone();
            feed();
          });
          w.postMessage(jobs[i]);
        };
        feed();
      })));
      return results;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
