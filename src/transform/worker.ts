// A worker thread of the transform stage: the per-digest step, for digests sent to it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractIndexEntry } from '../extract/stage.js';
import { loadReference } from './reference.js';
import { transformOne } from './stage.js';

const { data, referenceDir, version } = workerData as { data: string; referenceDir: string; version: string };
const ref = loadReference(referenceDir);
parentPort!.on('message', (e: ExtractIndexEntry) => {
  try {
    parentPort!.postMessage({ ok: true, facts: transformOne(data, e, ref, version) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: `${e.source_path}: ${(err as Error).message}` });
  }
});
