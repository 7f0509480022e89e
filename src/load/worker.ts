// The load stage on a worker thread: Parquet files for the partitions sent to it.
import type { WorkerHandler } from '../pool.js';
import { writeParquetFile, type ParquetJob } from './stage.js';

export const handler: WorkerHandler<ParquetJob, string> = () => ({ run: writeParquetFile, name: (j) => j.label });
