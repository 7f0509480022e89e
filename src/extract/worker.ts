// The extract stage on a worker thread: packs of digests to hash, parse and stage.
import type { WorkerHandler } from '../pool.js';
import { extractPack, type PackJob, type PackResult } from './stage.js';

export const handler: WorkerHandler<PackJob, PackResult> = () => ({ run: extractPack, name: (j) => j.group });
