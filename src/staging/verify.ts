// Is the lake consistent? Every file the manifest lists exists with the bytes it recorded, and
// DuckDB reads as many rows per table as the manifest says. Used by the crash tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../hash.js';
import { layout } from './layout.js';
import { openLake, query } from './lake.js';
import { TABLE_NAMES } from '../schema/tables.js';
import { readManifest } from './lake.js';

export async function verifyLake(data: string): Promise<string[]> {
  const problems: string[] = [];
  const m = readManifest(data);
  if (!m) return ['no readable manifest'];
  const L = layout(data);
  for (const [table, parts] of Object.entries(m.tables)) {
    for (const [part, f] of Object.entries(parts)) {
      const p = join(L.lake, f.file);
      if (!existsSync(p)) problems.push(`${table}/${part}: ${f.file} is missing`);
      else if (sha256(readFileSync(p)) !== f.sha256)
        problems.push(`${table}/${part}: ${f.file} does not hold the bytes the manifest recorded`);
    }
  }
  if (problems.length) return problems;
  const lake = await openLake(data);
  try {
    for (const t of TABLE_NAMES) {
      const expected = Object.values(m.tables[t] ?? {}).reduce((n, f) => n + f.rows, 0);
      const [[n]] = (await query(lake.conn, `SELECT count(*) FROM ${t}`)).rows as number[][];
      if (n !== expected) problems.push(`${t}: DuckDB reads ${n} rows, the manifest says ${expected}`);
      // an empty table's view does not read its file (db.ts): read it here
      const files = Object.values(m.tables[t] ?? {}).map((f) => join(L.lake, f.file));
      if (expected === 0 && files.length) {
        const [[k]] = (
          await query(lake.conn, `SELECT count(*) FROM read_parquet([${files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ')}])`)
        ).rows as number[][];
        if (k !== 0) problems.push(`${t}: its empty file holds ${k} rows`);
      }
    }
  } finally {
    lake.close();
  }
  return problems;
}
