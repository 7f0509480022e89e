// Report stage: every reports/sql/*.sql over the lake → Markdown + CSV (+ index).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { wrap } from '../errors.js';
import { readJsonIfExists, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import { layout } from '../staging/layout.js';
import { boardSpec, boards, CHARTED_BOARDS, chartFor, objects, renderSvg } from './charts.js';
import { metricDirections, openLake, query } from '../staging/lake.js';
import { renderPage, type Overview } from './html.js';
import { toCsv, toMarkdownTable } from './format.js';
import { listReports, type ReportResult } from './sqlfile.js';

export interface ReportSummary {
  reports: number;
  rows: number;
  results: ReportResult[];
}

export interface Window {
  since?: string;
  until?: string;
  /** --weeks: the topic trends compare the last N weeks with the 3N before */
  weeks?: number;
}

const OVERVIEW = `SELECT
  strftime(min(digest_date), '%Y-%m-%d') AS first, strftime(max(digest_date), '%Y-%m-%d') AS last,
  count(*) AS digests,
  (SELECT count(*) FROM papers) AS papers,
  (SELECT count(*) FROM authors) AS authors,
  (SELECT count(*) FROM metrics) AS metrics,
  (SELECT count(*) FROM quarantine WHERE scope = 'entry') AS quarantined
FROM digests`;

export async function runReports(
  data: string,
  sqlDir: string,
  window: Window = {},
  onResult?: (r: ReportResult) => void,
): Promise<{ results: ReportResult[]; overview: Overview }> {
  const lake = await openLake(data, window);
  try {
    const results: ReportResult[] = [];
    for (const def of listReports(sqlDir)) {
      try {
        results.push({ def, rs: await query(lake.conn, def.sql) });
      } catch (err) {
        throw wrap(`report ${def.name} (${join(sqlDir, def.name)}.sql)`, err);
      }
      onResult?.(results[results.length - 1]);
    }
    const [o] = objects(await query(lake.conn, OVERVIEW));
    const overview: Overview = { ...(o as unknown as Overview), ...window };
    return { results, overview };
  } finally {
    lake.close();
  }
}

const STAMP = '.paperlake-stamp.json';

export async function reportStage(
  data: string,
  reportsDir: string,
  sqlDir: string,
  window: Window = {},
  full = false,
): Promise<ReportSummary> {
  // Same lake, same SQL, same code, same window: the reports on disk are already these.
  const manifest = readFileSync(layout(data).manifest, 'utf8');
  const sql = readdirSync(sqlDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => f + readFileSync(join(sqlDir, f), 'utf8'));
  // (the metric vocabulary's directions are read by the reports: a change re-runs them)
  const directions = metricDirections();
  const key = sha256([manifest, ...sql, directions, JSON.stringify(window), codeVersion(import.meta.url)].join('\0'));
  const stamp = readJsonIfExists<{ key: string; reports: number; rows: number; files?: string[] }>(join(reportsDir, STAMP));
  if (!full && stamp?.key === key && existsSync(join(reportsDir, 'index.html')))
    return { reports: stamp.reports, rows: stamp.rows, results: [] };

  // charts render on this thread while DuckDB runs the next query on its own
  const pending = new Map<string, Promise<string | null>>();
  const { results, overview } = await runReports(data, sqlDir, window, ({ def, rs }) => {
    const p = chartFor(def.name, rs).catch((err) => {
      throw wrap(`chart for report ${def.name}`, err);
    });
    p.catch(() => {}); // awaited below; do not report it unhandled meanwhile
    pending.set(def.name, p);
  });
  mkdirSync(reportsDir, { recursive: true });
  const charts = new Map<string, string>();
  const index = [
    '# paperlake reports',
    '',
    `Digests ${overview.first ?? '–'} → ${overview.last ?? '–'}. The page with charts: [index.html](index.html).`,
    '',
    '| report | what it answers | rows |',
    '|---|---|---|',
  ];
  for (const { def, rs } of results) {
    const svg = await pending.get(def.name)!;
    if (svg) {
      charts.set(def.name, svg);
      writeAtomic(join(reportsDir, `${def.name}.svg`), svg);
    }
    writeAtomic(join(reportsDir, `${def.name}.csv`), toCsv(rs));
    const md = [
      `# ${def.title}`,
      '',
      def.description,
      '',
      ...(svg ? [`![${def.title}](${def.name}.svg)`, ''] : []),
      toMarkdownTable(rs),
      '',
      `CSV: [${def.name}.csv](${def.name}.csv)`,
      '',
    ].join('\n');
    writeAtomic(join(reportsDir, `${def.name}.md`), md);
    index.push(`| [${def.title}](${def.name}.md) | ${def.description.replace(/\|/g, '\\|')} | ${rs.rows.length} |`);
  }
  // the page draws each of the most-reported leaderboards with its table under it
  const lb = results.find((r) => r.def.name === 'benchmark_leaderboard');
  if (lb) {
    const top = boards(lb.rs).slice(0, CHARTED_BOARDS);
    for (const [i, b] of top.entries()) charts.set(`benchmark_leaderboard/${i}`, await renderSvg(boardSpec(b)));
  }
  writeAtomic(join(reportsDir, 'README.md'), index.join('\n') + '\n');
  writeAtomic(join(reportsDir, 'index.html'), renderPage(overview, results, charts));
  const summary = { reports: results.length, rows: results.reduce((n, r) => n + r.rs.rows.length, 0) };
  // what a report no longer written left behind (its .sql deleted, its chart gone): removed,
  // and only what an earlier run recorded writing, never a file of the user's
  const written = results
    .flatMap(({ def }) => [`${def.name}.md`, `${def.name}.csv`, ...(charts.has(def.name) ? [`${def.name}.svg`] : [])])
    .sort();
  const keep = new Set(written);
  for (const f of stamp?.files ?? [])
    if (!keep.has(f) && !f.includes('/') && !f.startsWith('.')) rmSync(join(reportsDir, f), { force: true });
  writeAtomic(join(reportsDir, STAMP), JSON.stringify({ key, ...summary, files: written }));
  return { ...summary, results };
}
