// Report stage: every reports/sql/*.sql over the lake → Markdown + CSV (+ index).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { wrap } from '../errors.js';
import { writeAtomic } from '../fsx.js';
import { openLake, query, type ResultSet } from './db.js';
import { toCsv, toMarkdownTable } from './format.js';
import { listReports, type ReportDef } from './sqlfile.js';

export interface ReportResult {
  def: ReportDef;
  rs: ResultSet;
}

export interface ReportSummary {
  reports: number;
  rows: number;
  results: ReportResult[];
}

export async function runReports(data: string, sqlDir: string): Promise<ReportResult[]> {
  const lake = await openLake(data);
  try {
    const results: ReportResult[] = [];
    for (const def of listReports(sqlDir)) {
      try {
        results.push({ def, rs: await query(lake.conn, def.sql) });
      } catch (err) {
        throw wrap(`report ${def.name} (${join(sqlDir, def.name)}.sql)`, err);
      }
    }
    return results;
  } finally {
    lake.close();
  }
}

export async function reportStage(data: string, reportsDir: string, sqlDir: string): Promise<ReportSummary> {
  const results = await runReports(data, sqlDir);
  mkdirSync(reportsDir, { recursive: true });
  const index = ['# paperlake reports', '', '| report | what it answers | rows |', '|---|---|---|'];
  for (const { def, rs } of results) {
    writeAtomic(join(reportsDir, `${def.name}.csv`), toCsv(rs));
    const md = [`# ${def.title}`, '', def.description, '', toMarkdownTable(rs), '', `CSV: [${def.name}.csv](${def.name}.csv)`, ''].join('\n');
    writeAtomic(join(reportsDir, `${def.name}.md`), md);
    index.push(`| [${def.title}](${def.name}.md) | ${def.description.replace(/\|/g, '\\|')} | ${rs.rows.length} |`);
  }
  writeAtomic(join(reportsDir, 'README.md'), index.join('\n') + '\n');
  return { reports: results.length, rows: results.reduce((n, r) => n + r.rs.rows.length, 0), results };
}
