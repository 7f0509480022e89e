// A worker thread of the transform stage: the per-digest step, for digests sent to it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractIndexEntry } from '../extract/stage.js';
import { loadReference } from './reference.js';
import { transformOne } from './stage.js';

const { data, referenceDir } = workerData as { data: string; referenceDir: string };
const ref = loadReference(referenceDir);
parentPort!.on('message', (e: ExtractIndexEntry) => {
  try {
    parentPort!.postMessage({ ok: true, result: transformOne(data, e, ref) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: `${e.source_path}: ${(err as Error).message}` });
  }
});
