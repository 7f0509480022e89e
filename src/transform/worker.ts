// A worker thread of the transform stage: whole months (transform, stage, cache), and months of
// paper-level rows, sent to it.
import { parentPort, workerData } from 'node:worker_threads';
import { loadReference } from './reference.js';
import { runJob, type Job } from './stage.js';

const { data, referenceDir } = workerData as { data: string; referenceDir: string };
const ref = loadReference(referenceDir);
parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ ok: true, result: runJob(data, ref, job) });
  } catch (err) {
    const what = job.kind === 'month' ? job.month ?? 'undated digests' : `paper tables, ${job.papers.part}`;
    parentPort!.postMessage({ ok: false, error: `${what}: ${(err as Error).message}` });
  }
});
