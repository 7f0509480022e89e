// A worker thread of the load stage: Parquet files for the partitions sent to it.
import { parentPort } from 'node:worker_threads';
import { writeParquetFile, type ParquetJob } from './stage.js';

parentPort!.on('message', (j: ParquetJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: writeParquetFile(j) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: `${j.label}: ${(err as Error).message}` });
  }
});
