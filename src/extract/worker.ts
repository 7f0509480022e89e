// A worker thread of the extract stage: digests to hash, parse and stage, sent to it.
import { serve } from '../pool.js';
import { extractFile, type FileJob } from './stage.js';

serve<FileJob, unknown>(extractFile, (j) => j.rel);
