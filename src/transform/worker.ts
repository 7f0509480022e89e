// A worker thread of the transform stage: whole months (transform, stage, cache), and
// partitions of the paper-level tables, sent to it.
import { workerData } from 'node:worker_threads';
import { serve } from '../pool.js';
import { loadReference } from './reference.js';
import { runJob, type Job } from './stage.js';

const { data, referenceDir } = workerData as { data: string; referenceDir: string };
const ref = loadReference(referenceDir);
serve<Job, unknown>((job) => runJob(data, ref, job), (job) => (job.kind === 'month' ? job.month ?? 'undated digests' : job.kind === 'papers' ? `papers, ${job.papers.part}` : `paper authors, ${job.authors.part}`));
