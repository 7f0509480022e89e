// A worker thread of the extract stage: packs of digests to hash, parse and stage, sent to it.
import { serve } from '../pool.js';
import { extractPack, type PackJob } from './stage.js';

serve<PackJob, unknown>(extractPack, (j) => j.group);
