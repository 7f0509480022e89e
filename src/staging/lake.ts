// What load writes and report (and lookup, verify, the eval scripts) read: the lake's Parquet
// files and the manifest that lists them (written last, the lake's only table of contents),
// and the one reader of both — DuckDB over the lake, one view per table, built from the
// manifest (never from a glob, so a half-written run is invisible). DuckDB loads on first open.
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../csv.js';
import { PaperlakeError, StageInputError, UsageError, wrap } from '../errors.js';
import { readJsonIfExists } from '../fsx.js';
import { REFERENCE_DIR } from '../paths.js';
import { emptySelect, SCHEMA_VERSION, TABLES } from '../schema/tables.js';
import { duckdb, type DuckDBConnection } from '../vendor.js';
import { layout } from './layout.js';

export interface LakeFile {
  file: string; // relative to the lake folder
  source_sha256: string; // of the staged IPC parts it was written from
  sha256: string; // of the Parquet bytes
  rows: number;
}

export interface Manifest {
  schema_version: number;
  /** hash of the transform index this lake was loaded from */
  staged_sha256: string;
  /** the load's code version (src/hash.ts): other code rewrites every file */
  code_version?: string;
  inputs: { source_path: string; content_sha256: string }[];
  tables: Record<string, Record<string, LakeFile>>;
}

/** The manifest's part of a table with no rows: one empty file at the table's root. */
export const EMPTY_PART = 'all';

/** Why there is no lake to read at `data`, as the error to throw: a file given for the data
 *  folder is a bad command line (2); no lake, or one of an older schema, means run the stages (3). */
export function lakeMissing(data: string): PaperlakeError {
  if (existsSync(data) && !statSync(data).isDirectory()) return new UsageError(`--data ${data} is a file, not a data folder`);
  const L = layout(data);
  const m = readJsonIfExists<{ schema_version?: number }>(L.manifest);
  if (m && m.schema_version !== SCHEMA_VERSION)
    return new StageInputError(
      `the lake at ${L.lake} has schema version ${m.schema_version ?? '?'}, this code reads ${SCHEMA_VERSION}: run npm run pipeline to rebuild it`,
    );
  return new StageInputError(`no lake at ${L.lake}: run npm run pipeline (or the stage before this one, npm run load)`);
}

export function readManifest(data: string): Manifest | null {
  const m = readJsonIfExists<Manifest>(layout(data).manifest);
  return m && m.schema_version === SCHEMA_VERSION ? m : null;
}

/** A SQL string literal. */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * A report window (--since/--until) narrows every table to what the digests of those dates
 * said: date-grained tables by their date, papers and their rows by appearance in the window.
 */
function windowFilter(table: string, w: { since?: string; until?: string }): string {
  if (!w.since && !w.until) return '';
  const range = (col: string) =>
    [w.since ? `${col} >= DATE ${sqlString(w.since)}` : '', w.until ? `${col} <= DATE ${sqlString(w.until)}` : '']
      .filter(Boolean)
      .join(' AND ');
  const inWindow = `arxiv_id IN (SELECT arxiv_id FROM appearances_all WHERE ${range('digest_date')})`;
  switch (table) {
    case 'digests':
    case 'appearances':
    case 'sections':
    case 'metrics':
    case 'reconciliation':
      return `WHERE ${range('digest_date')}`;
    case 'quarantine':
      return `WHERE digest_date IS NULL OR (${range('digest_date')})`;
    case 'papers':
    case 'paper_authors':
    case 'paper_topics':
      return `WHERE ${inWindow}`;
    case 'authors':
      return `WHERE author_id IN (SELECT author_id FROM paper_authors_all WHERE ${inWindow})`;
    default:
      return '';
  }
}

export function viewSql(data: string, w: { since?: string; until?: string } = {}): string[] {
  const manifest = readManifest(data);
  if (!manifest) throw lakeMissing(data);
  const lake = layout(data).lake;
  const windowed = Boolean(w.since || w.until);
  const views = TABLES.map((def) => {
    const parts = Object.values(manifest.tables[def.name] ?? {});
    const files = parts.map((f) => join(lake, f.file)).sort();
    const name = windowed ? `${def.name}_all` : def.name;
    // an empty table's one file has no partition folder, hence no `year`: the typed empty
    // select keeps the view's columns what they are when the table has rows
    if (parts.every((f) => f.rows === 0)) return `CREATE OR REPLACE VIEW ${name} AS ${emptySelect(def)}`;
    const list = `[${files.map(sqlString).join(', ')}]`;
    return `CREATE OR REPLACE VIEW ${name} AS SELECT * FROM read_parquet(${list}, hive_partitioning = ${def.partitionBy ? 'true' : 'false'})`;
  });
  if (windowed)
    for (const def of TABLES)
      views.push(`CREATE OR REPLACE VIEW ${def.name} AS SELECT * FROM ${def.name}_all ${windowFilter(def.name, w)}`);
  views.push(metricDirections());
  return views;
}

/** `metric_directions(metric, direction)`: whether higher or lower is better, from the metric
 *  vocabulary (data/reference/metrics.csv), so reports rank FID and WER low-first. */
export function metricDirections(file = join(REFERENCE_DIR, 'metrics.csv')): string {
  const rows = existsSync(file) ? readCsv(file).filter((r) => r.metric && (r.direction === 'higher' || r.direction === 'lower')) : [];
  const values = rows.map((r) => `(${sqlString(r.metric)}, ${sqlString(r.direction)})`).join(', ');
  return rows.length
    ? `CREATE OR REPLACE VIEW metric_directions AS SELECT * FROM (VALUES ${values}) AS t(metric, direction)`
    : `CREATE OR REPLACE VIEW metric_directions AS SELECT CAST(NULL AS VARCHAR) AS metric, CAST(NULL AS VARCHAR) AS direction WHERE false`;
}

export interface Lake {
  conn: DuckDBConnection;
  close(): void;
}

export async function openLake(data: string, window: { since?: string; until?: string; weeks?: number } = {}): Promise<Lake> {
  const views = viewSql(data, window);
  try {
    const { DuckDBInstance } = await duckdb();
    // DuckDB takes up to 80% of RAM by default (7 GB on the 100× bench): bound it (the process
    // stays under 1 GB at 100×; 768 MB was no faster) and let it spill to a temporary folder
    const db = await DuckDBInstance.create(':memory:', { memory_limit: '384MB', temp_directory: join(tmpdir(), 'paperlake-duckdb') });
    const conn = await db.connect();
    for (const v of views) await conn.run(v);
    // --weeks: the trend reports read it as getvariable('trend_weeks') (default 4 without it)
    if (window.weeks !== undefined) await conn.run(`SET VARIABLE trend_weeks = ${Math.trunc(window.weeks)}`);
    return {
      conn,
      close: () => {
        conn.closeSync();
        db.closeSync();
      },
    };
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
  const rows = reader.getRowsJson().map((r) =>
    r.map((v, i) => {
      // counts come back as BIGINT strings; numbers read better and are exact below 2^53
      if (typeof v === 'string' && INTEGER_TYPES.has(types[i]) && Number.isSafeInteger(Number(v))) return Number(v);
      return v;
    }),
  );
  return { columns, types, rows };
}

/** A result's rows as objects keyed by column. */
export function objects(rs: ResultSet): Record<string, unknown>[] {
  return rs.rows.map((r) => Object.fromEntries(rs.columns.map((c, i) => [c, r[i]])));
}
