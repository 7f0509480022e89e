// Folders that ship with the code (not under --data): SQL reports and reference CSVs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SQL_DIR = join(ROOT, 'reports', 'sql');
export const REFERENCE_DIR = join(ROOT, 'data', 'reference');
