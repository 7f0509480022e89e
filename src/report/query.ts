// Ad-hoc SQL: read-only by statement type, checked by DuckDB's own parser before running.
import { PaperlakeError, UsageError } from '../errors.js';
import { openLake, query } from './db.js';
import { toCsv, toJson, toTerminalTable } from './format.js';

const READ_ONLY = new Set([1 /* SELECT */, 4 /* EXPLAIN */]);

export async function runQuery(data: string, sql: string, format: 'table' | 'csv' | 'json'): Promise<string> {
  const lake = await openLake(data);
  try {
    let extracted;
    try {
      extracted = await lake.conn.extractStatements(sql);
    } catch (err) {
      throw new UsageError(`SQL does not parse: ${(err as Error).message.split('\n')[0]}`);
    }
    if (extracted.count !== 1) throw new UsageError(`give one statement, not ${extracted.count}`);
    const prepared = await extracted.prepare(0).catch((err: Error) => {
      throw new PaperlakeError(`SQL error: ${err.message.split('\n')[0]}`, 4);
    });
    if (!READ_ONLY.has(prepared.statementType)) throw new UsageError('only read-only statements (SELECT, WITH … SELECT, EXPLAIN) are allowed');
    let rs;
    try {
      rs = await query(lake.conn, sql);
    } catch (err) {
      throw new PaperlakeError(`SQL error: ${(err as Error).message.split('\n')[0]}`, 4);
    }
    return format === 'csv' ? toCsv(rs) : format === 'json' ? toJson(rs) : toTerminalTable(rs);
  } finally {
    lake.close();
  }
}
