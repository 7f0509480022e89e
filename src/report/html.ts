// reports/index.html: one self-contained page (inline SVG, inline CSS, no scripts, no network).
// Every value that came from a digest goes through escapeHtml.
import { boards, boardTitle, CHART_NOTES, CHARTED_BOARDS, objects } from './charts.js';
import type { ReportResult } from './sqlfile.js';

export function escapeHtml(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only links we build ourselves: arXiv abstract pages of well-formed ids. */
function arxivLink(url: unknown, text: unknown): string {
  const m = /^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})$/.exec(String(url ?? ''));
  return m ? `<a href="https://arxiv.org/abs/${m[1]}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

export interface Overview {
  first: string | null;
  last: string | null;
  digests: number;
  papers: number;
  authors: number;
  metrics: number;
  quarantined: number;
  since?: string;
  until?: string;
  /** --weeks: the recent window of the topic trends */
  weeks?: number;
}

type Row = Record<string, unknown>;

/** What a table shows of a report: its rows (a subset of the CSV's), and how they were chosen. */
interface Shown {
  /** the report (SQL file) whose CSV holds every row */
  name: string;
  rows: Row[];
  /** rows in the CSV this table draws from (the whole CSV unless `where` narrows it) */
  total: number;
  cols: string[];
  /** how the shown rows were chosen, when not the CSV's first rows */
  how?: string;
  /** the CSV rows the total counts, when a subset of the file (the page's test re-counts them) */
  where?: Record<string, unknown>;
  /** a column whose repeated runs are drawn once (rowspan) */
  group?: string;
}

const cell = (c: string, r: Row) =>
  c === 'title' && r.arxiv_url ? arxivLink(r.arxiv_url, r[c]) : escapeHtml(typeof r[c] === 'boolean' ? (r[c] ? 'yes' : 'no') : r[c]);
/** Prose may break anywhere on a narrow screen; numbers, dates and short names never do. */
const td = (html: string, v: unknown, col: string, tag = 'td', attrs = '') =>
  `<${tag}${attrs} class="c-${col}${typeof v === 'string' && v.length > 24 ? ' t' : ''}">${html}</${tag}>`;
const heading = (c: string) => c.replace(/^pct_(.*)$/, '% $1').replace(/_/g, ' ');

/** A table with its caption: "Showing N of M rows", and the CSV that has all M. */
function table(t: Shown): string {
  const csv = `${t.name}.csv`;
  const caption = `<caption>Showing ${t.rows.length} of ${t.total} rows${t.how ? ` (${escapeHtml(t.how)})` : ''} · all in <a href="${escapeHtml(csv)}">${escapeHtml(csv)}</a></caption>`;
  const attrs = ` data-csv="${escapeHtml(csv)}"${t.where ? ` data-where="${escapeHtml(JSON.stringify(t.where))}"` : ''}`;
  if (t.rows.length === 0) return `<table${attrs}>${caption}<tbody></tbody></table><p class="empty">No rows.</p>`;
  const head = t.cols.map((c) => `<th class="c-${c}">${escapeHtml(heading(c))}</th>`).join('');
  const body = t.rows
    .map((r, i) => {
      const tds = t.cols.map((c) => {
        if (c !== t.group) return td(cell(c, r), r[c], c);
        if (i > 0 && t.rows[i - 1][c] === r[c]) return '';
        let span = 1;
        while (i + span < t.rows.length && t.rows[i + span][c] === r[c]) span++;
        return td(cell(c, r), r[c], c, 'th', ` scope="rowgroup"${span > 1 ? ` rowspan="${span}"` : ''}`);
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  return `<table${attrs}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The first `limit` (or the `last`) rows of a report, or of those `keep` passes, counted against its CSV. */
function shown(
  r: ReportResult | undefined,
  cols: string[],
  opts: { limit?: number; last?: number; keep?: (row: Row) => boolean; how?: string; group?: string } = {},
): Shown | null {
  if (!r) return null;
  const all = objects(r.rs);
  const kept = opts.keep ? all.filter(opts.keep) : all;
  const rows = opts.last !== undefined ? kept.slice(-opts.last) : kept.slice(0, opts.limit ?? Infinity);
  return { name: r.def.name, rows, total: all.length, cols, how: opts.how, group: opts.group };
}

const num = (v: unknown) => Number(v);

/**
 * The topic-trend headline: only what the page's own rule (|z| ≥ 2, the report's `significant`)
 * calls a change; otherwise it says that none was, or that there are too few weeks to tell.
 */
export function trendHeadline(rows: Row[], weeks = 4): string {
  const n = rows.length ? num(rows[0].window_weeks ?? weeks) : weeks;
  const window = `the last ${n} week${n === 1 ? '' : 's'} (against the ${3 * n} before; significant: |z| ≥ 2)`;
  const scored = rows.filter((r) => r.z_score !== null && r.z_score !== undefined);
  if (scored.length === 0) return `<b>Topic trends:</b> not enough weeks of data to compare ${window}.`;
  const fmt = (r: Row) =>
    `${escapeHtml(r.topic)} (${escapeHtml(r.recent_pct)}% of papers, was ${escapeHtml(r.before_pct)}%; z ${escapeHtml(r.z_score)})`;
  const up = scored.filter((r) => r.significant === true && num(r.z_score) > 0).sort((a, b) => num(b.z_score) - num(a.z_score));
  const down = scored.filter((r) => r.significant === true && num(r.z_score) < 0).sort((a, b) => num(a.z_score) - num(b.z_score));
  if (up.length === 0 && down.length === 0)
    return `<b>Topic trends:</b> no topic's share of papers changed significantly in ${window}; every |z| is below 2.`;
  const parts: string[] = [];
  if (up.length)
    parts.push(
      `<b>Topics whose share grew significantly in ${window}:</b> ${up.slice(0, 5).map(fmt).join(', ')}${up.length > 5 ? `, and ${up.length - 5} more` : ''}.`,
    );
  if (down.length)
    parts.push(
      `<b>${up.length ? 'Shrank' : `Topics whose share shrank significantly in ${window}`}:</b> ${down.slice(0, 5).map(fmt).join(', ')}${down.length > 5 ? `, and ${down.length - 5} more` : ''}.`,
    );
  return parts.join(' ');
}

/** Leaderboards: "N of M" boards and rows, then each charted board's step chart with its table. */
const BOARD_ROWS = 10;
function leaderboards(r: ReportResult | undefined, charts: Map<string, string>): string {
  if (!r) return '';
  const rs = r.rs;
  const all = boards(rs);
  if (all.length === 0) return '<p class="empty">No rows.</p>';
  const shownBoards = all.slice(0, CHARTED_BOARDS);
  const shownRows = shownBoards.reduce((n, b) => n + Math.min(BOARD_ROWS, b.entries.length), 0);
  const cols = ['rank', 'system', 'value', 'setting', 'title', 'arxiv_id', 'digest_date', 'sentence'];
  const parts = [
    `<p>Showing ${shownBoards.length} of ${all.length} boards (the most reported) and ${shownRows} of ${rs.rows.length} entries; every board is in <a href="benchmark_leaderboard.csv">benchmark_leaderboard.csv</a> and <a href="benchmark_leaderboard.md">benchmark_leaderboard.md</a>.</p>`,
  ];
  shownBoards.forEach((b, i) => {
    const svg = charts.get(`benchmark_leaderboard/${i}`);
    const rows = b.entries
      .slice(0, BOARD_ROWS)
      .map((e) => ({ ...e, system: e.system ?? '(unnamed)', sentence: String(e.sentence ?? '').slice(0, 160) }));
    const where = { benchmark: b.benchmark, metric: b.metric, unit: b.unit, split: b.split };
    parts.push(
      `<h3>${escapeHtml(boardTitle(b))} · ${b.papers} papers, ${b.entries.length} entries</h3>`,
      svg ? `<figure class="board">${svg}</figure>` : '',
      table({ name: r.def.name, rows, total: b.entries.length, cols, how: 'the best of this board', where }),
    );
  });
  return parts.join('\n');
}

// On a phone the board tables drop the arXiv id (the title links to the paper).
const CSS = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:24px;color:#222}
h1{margin-bottom:4px} h2{margin-top:40px;border-bottom:1px solid #ddd;padding-bottom:4px}
.range{color:#555;margin-top:0} .answers{background:#f4f8f4;border:1px solid #cdc;padding:12px 16px;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:12px 0} th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top} .t{overflow-wrap:anywhere}
th{background:#fafafa} caption{caption-side:top;text-align:left;font-size:12px;color:#666;padding:2px 0}
figure{margin:16px 0} figure svg{max-width:100%;height:auto;display:block} h3{margin-top:28px;font-size:16px} figcaption{font-size:12px;color:#666}
.stats span{display:inline-block;margin-right:18px} .empty{color:#888} a{color:#1a5fb4;overflow-wrap:anywhere}
@media (max-width:600px){body{padding:12px;font-size:14px} table{font-size:12px} th,td{padding:3px 3px} thead th{overflow-wrap:anywhere;font-size:11px} .c-arxiv_id{display:none}}
`;

export function renderPage(o: Overview, results: ReportResult[], charts: Map<string, string>): string {
  const get = (name: string) => results.find((r) => r.def.name === name);
  const section = (name: string, body: string, drawChart = true) => {
    const r = get(name);
    if (!r) return '';
    const chart = drawChart ? charts.get(name) : undefined;
    const note = CHART_NOTES[name] ? `${escapeHtml(CHART_NOTES[name])} ` : '';
    return `<section id="${escapeHtml(name)}"><h2>${escapeHtml(r.def.title)}</h2><p>${escapeHtml(r.def.description)}</p>
${chart ? `<figure>${chart}<figcaption>${note}Data: <a href="${escapeHtml(name)}.csv">${escapeHtml(name)}.csv</a></figcaption></figure>` : ''}
${body}</section>`;
  };
  const tableOf = (t: Shown | null) => (t ? table(t) : '');

  // The two questions the page must answer at a glance.
  const rising = get('topics_rising');
  const monthly = get('top_papers_by_month');
  const monthTop = monthly ? objects(monthly.rs).filter((r) => r.rank_in_month === 1) : [];
  const latest = monthTop[monthTop.length - 1];

  const answers = `<div class="answers">
${rising ? `<p id="trend-headline">${trendHeadline(objects(rising.rs), o.weeks)}</p>` : ''}
${latest ? `<p><b>Most-voted paper of ${escapeHtml(latest.month)}:</b> ${arxivLink(latest.arxiv_url, latest.title)} (${escapeHtml(latest.votes)} votes, ${escapeHtml(latest.pct_of_week)}% of its week's votes) — every month below.</p>` : ''}
</div>`;

  const newAuthors = get('authors_new_by_month');
  const nMonths = newAuthors?.rs.rows.length ?? 0;
  const dq = get('data_quality');
  const quality =
    get('data_quality_summary') || get('extraction_coverage')
      ? `<section id="data-quality"><h2>Data quality</h2>
<p>What the extractor could not read, and how much of each field it did; every problem, with its file and line, is in <a href="data_quality.csv">data_quality.csv</a>${dq ? ` (${dq.rs.rows.length} rows)` : ''}.</p>
${tableOf(shown(get('data_quality_summary'), ['issue', 'count', 'files', 'example']))}
${get('extraction_coverage') ? `<h3>${escapeHtml(get('extraction_coverage')!.def.title)}</h3><p>${escapeHtml(get('extraction_coverage')!.def.description)}</p>` : ''}
${tableOf(shown(get('extraction_coverage'), ['format', 'entries', 'quarantined', 'lines_not_understood', 'pct_votes', 'pct_authors', 'pct_media', 'pct_structured', 'pct_results', 'pct_topic']))}
</section>`
      : '';

  const window = o.since || o.until ? ` (window ${escapeHtml(o.since ?? '…')} → ${escapeHtml(o.until ?? '…')})` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>paperlake report ${escapeHtml(o.first)} – ${escapeHtml(o.last)}</title><style>${CSS}</style></head>
<body>
<header><h1>paperlake report</h1>
<p class="range">Daily Papers digests from <b>${escapeHtml(o.first)}</b> to <b>${escapeHtml(o.last)}</b>${window}</p>
<p class="stats"><span>${o.digests} digests</span><span>${o.papers} papers</span><span>${o.authors} authors</span><span>${o.metrics} reported results</span><span>${o.quarantined} quarantined entries</span></p>
</header>
${answers}
${section('papers_per_week', '')}
${section('topics_rising', tableOf(shown(rising, ['topic', 'recent_pct', 'before_pct', 'growth', 'z_score', 'significant', 'recent_papers', 'before_papers'])))}
${section('topic_share_by_month', '')}
${section('top_papers_by_month', tableOf(shown(monthly, ['month', 'votes', 'pct_of_week', 'title', 'digest_date'], { keep: (r) => r.rank_in_month === 1, how: "each month's most-voted" })))}
${section('top_papers_per_topic', tableOf(shown(get('top_papers_per_topic'), ['topic', 'rank_in_topic', 'votes', 'pct_of_week', 'title'], { group: 'topic' })))}
${section('authors_top', tableOf(shown(get('authors_top'), ['display_name', 'papers', 'total_votes', 'papers_90d', 'votes_90d'], { limit: 20 })))}
${section('authors_new_by_month', tableOf(shown(newAuthors, ['month', 'papers', 'authors', 'new_authors', 'pct_new'], { last: 24, how: nMonths > 24 ? 'the latest 24 months' : undefined })))}
${section('benchmarks_most_reported', '')}
${section('benchmark_leaderboard', leaderboards(get('benchmark_leaderboard'), charts), false)}
${quality}
<section><h2>All reports</h2><ul>
${results.map((r) => `<li><a href="${escapeHtml(r.def.name)}.md">${escapeHtml(r.def.title)}</a> (<a href="${escapeHtml(r.def.name)}.csv">CSV</a>, ${r.rs.rows.length} rows)</li>`).join('\n')}
</ul></section>
</body></html>
`;
}
