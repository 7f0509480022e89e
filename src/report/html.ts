// reports/index.html: one self-contained page (inline SVG, inline CSS, no scripts, no network).
// Every value that came from a digest goes through escapeHtml.
import { boards, boardTitle, CHARTED_BOARDS, objects } from './charts.js';
import type { ResultSet } from './db.js';
import type { ReportResult } from './stage.js';

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
}

function where(rs: ResultSet | undefined, pred: (row: Record<string, unknown>) => boolean): ResultSet {
  if (!rs) return { columns: [], types: [], rows: [] };
  const objs = objects(rs);
  return { ...rs, rows: rs.rows.filter((_, i) => pred(objs[i])) };
}

function table(rs: ResultSet, cols: string[], limit = 20, linkCol = 'title'): string {
  const rows = objects(rs).slice(0, limit);
  if (rows.length === 0) return '<p class="empty">No rows.</p>';
  const head = cols.map((c) => `<th>${escapeHtml(c.replace(/_/g, ' '))}</th>`).join('');
  const body = rows.map((r) => `<tr>${cols.map((c) => `<td>${c === linkCol && r.arxiv_url ? arxivLink(r.arxiv_url, r[c]) : escapeHtml(r[c])}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Leaderboards: "N of M" boards and rows, then each charted board's step chart with its table. */
const BOARD_ROWS = 10;
function leaderboards(rs: ResultSet | undefined, charts: Map<string, string>): string {
  if (!rs) return '';
  const all = boards(rs);
  if (all.length === 0) return '<p class="empty">No rows.</p>';
  const shown = all.slice(0, CHARTED_BOARDS);
  const shownRows = shown.reduce((n, b) => n + Math.min(BOARD_ROWS, b.entries.length), 0);
  const cols = ['rank', 'system', 'value', 'setting', 'title', 'arxiv_id', 'digest_date', 'sentence'];
  const parts = [`<p>Showing ${shown.length} of ${all.length} boards (the most reported) and ${shownRows} of ${rs.rows.length} entries; every board is in <a href="benchmark_leaderboard.csv">benchmark_leaderboard.csv</a> and <a href="benchmark_leaderboard.md">benchmark_leaderboard.md</a>.</p>`];
  shown.forEach((b, i) => {
    const svg = charts.get(`benchmark_leaderboard/${i}`);
    const body: ResultSet = { columns: cols, types: [], rows: b.entries.slice(0, BOARD_ROWS).map((e) => cols.map((c) => (c === 'system' ? e.system ?? '(unnamed)' : c === 'sentence' ? String(e.sentence ?? '').slice(0, 160) : e[c]))) };
    const withUrl = { ...body, columns: [...cols, 'arxiv_url'], rows: body.rows.map((r, k) => [...r, b.entries[k].arxiv_url]) };
    parts.push(`<h3>${escapeHtml(boardTitle(b))} · ${b.papers} papers, ${b.entries.length} entries</h3>`, svg ? `<figure class="board">${svg}</figure>` : '', table(withUrl, cols, BOARD_ROWS));
  });
  return parts.join('\n');
}

const CSS = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:24px;color:#222}
h1{margin-bottom:4px} h2{margin-top:40px;border-bottom:1px solid #ddd;padding-bottom:4px}
.range{color:#555;margin-top:0} .answers{background:#f4f8f4;border:1px solid #cdc;padding:12px 16px;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px} th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#fafafa} figure{margin:16px 0} h3{margin-top:28px;font-size:16px} figcaption{font-size:12px;color:#666}
.stats span{display:inline-block;margin-right:18px} .empty{color:#888} a{color:#1a5fb4}
`;

export function renderPage(o: Overview, results: ReportResult[], charts: Map<string, string>): string {
  const get = (name: string) => results.find((r) => r.def.name === name);
  const section = (name: string, body: string, drawChart = true) => {
    const r = get(name);
    if (!r) return '';
    const chart = drawChart ? charts.get(name) : undefined;
    return `<section id="${escapeHtml(name)}"><h2>${escapeHtml(r.def.title)}</h2><p>${escapeHtml(r.def.description)}</p>
${chart ? `<figure>${chart}<figcaption>Data: <a href="${escapeHtml(name)}.csv">${escapeHtml(name)}.csv</a></figcaption></figure>` : ''}
${body}</section>`;
  };

  // The two questions the page must answer at a glance.
  const rising = get('topics_rising');
  const risingTop = rising ? objects(rising.rs).filter((r) => r.growth !== null).slice(0, 3) : [];
  const monthly = get('top_papers_by_month');
  const monthTop = monthly ? objects(monthly.rs).filter((r) => r.rank_in_month === 1) : [];
  const latest = monthTop[monthTop.length - 1];

  const answers = `<div class="answers">
<p><b>Topics that grew most in the last 4 weeks of the data:</b> ${risingTop.map((r) => `${escapeHtml(r.topic)} (×${escapeHtml(r.growth)}, z ${escapeHtml(r.z_score)})`).join(', ') || 'not enough data'}</p>
${latest ? `<p><b>Most-voted paper of ${escapeHtml(latest.month)}:</b> ${arxivLink(latest.arxiv_url, latest.title)} (${escapeHtml(latest.votes)} votes) — every month below.</p>` : ''}
</div>`;

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
${section('topics_rising', table(where(rising?.rs, () => true), ['topic', 'recent_per_week', 'before_per_week', 'growth', 'z_score'], 30))}
${section('topic_share_by_month', '')}
${section('top_papers_by_month', table(where(monthly?.rs, (r) => r.rank_in_month === 1), ['month', 'votes', 'title', 'digest_date'], 100))}
${section('top_papers_per_topic', table(where(get('top_papers_per_topic')?.rs, (r) => r.rank_in_topic === 1), ['topic', 'votes', 'title'], 40))}
${section('authors_top', table(where(get('authors_top')?.rs, () => true), ['display_name', 'papers', 'total_votes', 'papers_90d', 'votes_90d'], 20))}
${section('benchmarks_most_reported', '')}
${section('benchmark_leaderboard', leaderboards(get('benchmark_leaderboard')?.rs, charts), false)}
<section><h2>All reports</h2><ul>
${results.map((r) => `<li><a href="${escapeHtml(r.def.name)}.md">${escapeHtml(r.def.title)}</a> (<a href="${escapeHtml(r.def.name)}.csv">CSV</a>, ${r.rs.rows.length} rows)</li>`).join('\n')}
</ul></section>
</body></html>
`;
}
