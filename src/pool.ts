// A few worker threads for CPU-bound per-file work; results come back in job order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PaperlakeError } from './errors.js';

export async function runPool<J, R>(script: URL, workerData: unknown, jobs: readonly J[], onDone: () => void, size = availableParallelism()): Promise<R[]> {
  const results = new Array<R>(jobs.length);
  let next = 0;
  // a worker thread does not inherit tsx: a small boot script registers it, then loads ours
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const workers = Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, () => new Worker(boot, { workerData: { ...(workerData as object), script: script.href } }));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) return resolve();
        const i = next++;
        w.once('message', (m: { ok: boolean; facts?: R; error?: string }) => {
          if (!m.ok) return reject(new PaperlakeError(m.error ?? 'worker failed'));
          results[i] = m.facts as R;
          onDone();
          feed();
        });
        w.postMessage(jobs[i]);
      };
      w.once('error', reject);
      feed();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
