// A worker thread of the extract stage: digests to hash, parse and stage, sent to it.
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileJob } from './stage.js';

parentPort!.on('message', (j: FileJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: extractFile(j) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: `${j.rel}: ${(err as Error).message}` });
  }
});
