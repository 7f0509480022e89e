// The transform stage on a worker thread: whole months (transform, stage, cache), and
// partitions of the paper-level tables. The reference data is read once per thread.
import type { WorkerHandler } from '../pool.js';
import { loadReference } from './reference.js';
import { runJob, type Job, type JobResult } from './stage.js';

export const handler: WorkerHandler<Job, JobResult, { data: string; referenceDir: string }> = ({ data, referenceDir }) => {
  const ref = loadReference(referenceDir);
  return {
    run: (job) => runJob(data, ref, job),
    name: (job) =>
      job.kind === 'month'
        ? (job.month ?? 'undated digests')
        : job.kind === 'papers'
          ? `papers, ${job.papers.part}`
          : `paper authors, ${job.authors.part}`,
  };
};
