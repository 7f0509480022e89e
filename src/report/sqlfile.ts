// A report is one SQL file whose leading `--` comment says what it answers.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ResultSet } from '../staging/lake.js';

export interface ReportDef {
  name: string;
  title: string;
  description: string;
  sql: string;
}

/** A report and what its query returned. */
export interface ReportResult {
  def: ReportDef;
  rs: ResultSet;
}

export function parseReport(name: string, text: string): ReportDef {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^--\s?(.*)$/.exec(line.trim());
    if (!m) break;
    header.push(m[1].trim());
  }
  const title = header[0] || name.replace(/_/g, ' ');
  const description = header
    .slice(1)
    .filter((l) => l !== '')
    .join(' ');
  return { name, title, description, sql: text.trim().replace(/;\s*$/, '') };
}

export function listReports(dir: string): ReportDef[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => parseReport(basename(f, '.sql'), readFileSync(join(dir, f), 'utf8')));
}
