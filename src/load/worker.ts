// A worker thread of the load stage: Parquet files for the partitions sent to it.
import { serve } from '../pool.js';
import { writeParquetFile, type ParquetJob } from './stage.js';

serve<ParquetJob, string>(writeParquetFile, (j) => j.label);
