// DuckDB over the lake: one view per table, built from the manifest (never from a glob, so a
// half-written run is invisible).
import { join } from 'node:path';
import { StageInputError, wrap } from '../errors.js';
import { readManifest } from '../load/stage.js';
import { layout } from '../layout.js';
import { emptySelect, TABLES } from '../schema/tables.js';
import { DuckDBInstance, type DuckDBConnection } from '../vendor.js';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function viewSql(data: string): string[] {
  const manifest = readManifest(data);
  if (!manifest) throw new StageInputError(`no lake at ${layout(data).lake} (or an older schema): run npm run pipeline`);
  const lake = layout(data).lake;
  return TABLES.map((def) => {
    const files = Object.values(manifest.tables[def.name] ?? {}).map((f) => join(lake, f.file)).sort();
    if (files.length === 0) return `CREATE OR REPLACE VIEW ${def.name} AS ${emptySelect(def)}`;
    const list = `[${files.map(sqlString).join(', ')}]`;
    return `CREATE OR REPLACE VIEW ${def.name} AS SELECT * FROM read_parquet(${list}, hive_partitioning = ${def.partitionBy ? 'true' : 'false'})`;
  });
}

export interface Lake {
  conn: DuckDBConnection;
  close(): void;
}

export async function openLake(data: string): Promise<Lake> {
  const views = viewSql(data);
  try {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    for (const v of views) await conn.run(v);
    return { conn, close: () => { conn.closeSync(); db.closeSync(); } };
  } catch (err) {
    throw wrap(`opening the lake at ${layout(data).lake} in DuckDB`, err);
  }
}

export interface ResultSet {
  columns: string[];
  types: string[];
  rows: unknown[][];
}

const INTEGER_TYPES = new Set(['BIGINT', 'HUGEINT', 'UBIGINT', 'UHUGEINT']);

export async function query(conn: DuckDBConnection, sql: string): Promise<ResultSet> {
  const reader = await conn.runAndReadAll(sql);
  const columns = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.toString());
  const rows = reader.getRowsJson().map((r) => r.map((v, i) => {
    // counts come back as BIGINT strings; numbers read better and are exact below 2^53
    if (typeof v === 'string' && INTEGER_TYPES.has(types[i]) && Number.isSafeInteger(Number(v))) return Number(v);
    return v;
  }));
  return { columns, types, rows };
}
