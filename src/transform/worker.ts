// A worker thread of the transform stage: whole months (transform, stage, cache), sent to it.
import { parentPort, workerData } from 'node:worker_threads';
import { loadReference } from './reference.js';
import { transformMonth, type MonthJob } from './stage.js';

const { data, referenceDir } = workerData as { data: string; referenceDir: string };
const ref = loadReference(referenceDir);
parentPort!.on('message', (job: MonthJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: transformMonth(data, ref, job) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: `${job.month ?? 'undated digests'}: ${(err as Error).message}` });
  }
});
