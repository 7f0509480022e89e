// Charts: vega-lite specs over report results, rendered to SVG strings in Node (no browser,
// no canvas). Vega escapes text it draws, so digest titles in labels stay text.
import { vega, vegaLite } from '../vendor.js';
import type { ResultSet } from './db.js';

type Spec = Record<string, unknown>;
type Obj = Record<string, unknown>;

export function objects(rs: ResultSet): Obj[] {
  return rs.rows.map((r) => Object.fromEntries(rs.columns.map((c, i) => [c, r[i]])));
}

const WIDTH = 640;
const base = (title: string, values: Obj[], rest: Spec): Spec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  title, width: WIDTH, height: 220, data: { values }, config: { font: 'sans-serif', view: { stroke: null } }, ...rest,
});
const short = (s: unknown, n = 48) => { const t = String(s ?? ''); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };

/** The rows of the latest `n` periods: a 640-pixel chart cannot show a century of weeks, and
 *  rendering one took hundreds of MB. The CSV and Markdown keep every row. */
function recent(rows: Obj[], field: string, n: number): { rows: Obj[]; note: string } {
  const periods = [...new Set(rows.map((r) => String(r[field])))].sort();
  if (periods.length <= n) return { rows, note: '' };
  const from = periods[periods.length - n];
  return { rows: rows.filter((r) => String(r[field]) >= from), note: ` (last ${n} ${field}s)` };
}

/** One leaderboard: its key columns and its entries, in the SQL's (board, rank) order. */
export interface Board { benchmark: string; metric: string; unit: string; split: string; direction: string; papers: number; entries: Obj[] }

/** The leaderboard report's rows grouped into boards, the most-reported first (the SQL's order). */
export function boards(rs: ResultSet): Board[] {
  const out = new Map<string, Board>();
  for (const r of objects(rs)) {
    const k = [r.benchmark, r.metric, r.unit, r.split].join('\0');
    let b = out.get(k);
    if (!b) out.set(k, (b = { benchmark: String(r.benchmark), metric: String(r.metric), unit: String(r.unit ?? ''), split: String(r.split ?? ''), direction: String(r.direction), papers: Number(r.board_papers), entries: [] }));
    b.entries.push(r);
  }
  return [...out.values()];
}

export const boardTitle = (b: Board) => `${b.benchmark}${b.split ? ` (${b.split})` : ''} — ${b.metric}${b.unit ? ` (${b.unit})` : ''}, ${b.direction} is better`;

/** Best so far over time on one board: each point a paper (its best entry), the step the record. */
export function boardSpec(b: Board): Spec {
  const lower = b.direction === 'lower';
  const better = (x: number, y: number) => (lower ? x < y : x > y);
  const perPaper = new Map<string, Obj>();
  for (const e of b.entries) {
    const cur = perPaper.get(String(e.arxiv_id));
    if (!cur || better(Number(e.value), Number(cur.value))) perPaper.set(String(e.arxiv_id), e);
  }
  const points = [...perPaper.values()].sort((x, y) => String(x.digest_date).localeCompare(String(y.digest_date)));
  let best: number | null = null;
  const values = points.map((e) => {
    const v = Number(e.value);
    if (best === null || better(v, best)) best = v;
    return { date: e.digest_date, value: v, best, system: short(e.system ?? '(unnamed)', 32), title: short(e.title) };
  });
  return base(boardTitle(b), values, {
    height: 160,
    layer: [
      { mark: { type: 'line', interpolate: 'step-after', color: '#2a7' }, encoding: { x: { field: 'date', type: 'temporal', title: null }, y: { field: 'best', type: 'quantitative', title: b.metric, scale: { zero: false, reverse: false } } } },
      { mark: { type: 'point', filled: true, size: 40, color: '#1a5fb4' }, encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' }, tooltip: [{ field: 'system' }, { field: 'value' }, { field: 'title' }] } },
      { mark: { type: 'text', dy: -8, fontSize: 9 }, encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'system' } } },
    ],
  });
}

/** How many boards get a chart on the page. */
export const CHARTED_BOARDS = 4;

/** One chart per report that has one; the key is the report (SQL file) name. */
export const CHARTS: Record<string, (rs: ResultSet) => Spec | null> = {
  papers_per_week: (rs) => {
    const { rows, note } = recent(objects(rs), 'week', 156);
    return base(`Papers and votes per week${note}`, rows, {
      transform: [{ fold: ['papers', 'total_votes'], as: ['series', 'count'] }],
      mark: { type: 'line', point: { size: 10 } }, // points: a single week still shows
      encoding: {
        x: { field: 'week', type: 'temporal', title: null },
        y: { field: 'count', type: 'quantitative', title: null },
        color: { field: 'series', type: 'nominal', title: null },
        row: { field: 'series', type: 'nominal', title: null },
      },
      resolve: { scale: { y: 'independent' } },
      height: 120,
    });
  },
  topic_share_by_month: (rs) => {
    const { rows, note } = recent(objects(rs), 'month', 36);
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(String(r.topic), (totals.get(String(r.topic)) ?? 0) + Number(r.papers));
    const top = new Set([...totals].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([t]) => t));
    return base(`Share of papers by topic and month (top 10 topics)${note}`, rows.filter((r) => top.has(String(r.topic))), {
      mark: { type: 'line', point: { size: 10 } },
      encoding: {
        x: { field: 'month', type: 'temporal', timeUnit: 'yearmonth', title: null },
        y: { field: 'pct_papers', type: 'quantitative', title: '% of papers' },
        color: { field: 'topic', type: 'nominal', title: 'topic', scale: { scheme: 'tableau10' } },
      },
    });
  },
  topics_rising: (rs) => base('Rising topics: z-score of the last 4 weeks against the 12 before', objects(rs).filter((r) => r.z_score !== null), {
    mark: 'bar',
    encoding: {
      y: { field: 'topic', type: 'nominal', sort: '-x', title: null },
      x: { field: 'z_score', type: 'quantitative', title: 'z-score (|z| < 2: noise)' },
      color: { condition: { test: 'datum.z_score >= 2', value: '#2a7' }, value: '#99a' },
    },
    height: { step: 14 },
  }),
  top_papers_by_month: (rs) => {
    const { rows, note } = recent(objects(rs).filter((r) => r.rank_in_month === 1), 'month', 36);
    return base(`Most-voted paper of each month${note}`, rows.map((r) => ({ ...r, label: short(r.title) })), {
      mark: 'bar',
      encoding: {
        x: { field: 'month', type: 'ordinal', title: null },
        y: { field: 'votes', type: 'quantitative' },
        tooltip: [{ field: 'title' }, { field: 'votes' }],
      },
    });
  },
  authors_top: (rs) => base('Most prolific authors', objects(rs).slice(0, 15), {
    mark: 'bar',
    encoding: {
      y: { field: 'display_name', type: 'nominal', sort: '-x', title: null },
      x: { field: 'papers', type: 'quantitative' },
    },
    height: { step: 16 },
  }),
  benchmark_leaderboard: (rs) => {
    const top = boards(rs).slice(0, CHARTED_BOARDS);
    return top.length ? { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', config: { font: 'sans-serif', view: { stroke: null } }, vconcat: top.map((b) => { const { $schema, config, ...rest } = boardSpec(b); void $schema; void config; return rest; }) } : null;
  },
  benchmarks_most_reported: (rs) => base('Most reported benchmarks', objects(rs).slice(0, 15), {
    mark: 'bar',
    encoding: {
      y: { field: 'benchmark', type: 'nominal', sort: '-x', title: null },
      x: { field: 'papers', type: 'quantitative', title: 'papers reporting a result' },
    },
    height: { step: 16 },
  }),
};

export async function renderSvg(spec: Spec): Promise<string> {
  const [vg, vl] = await Promise.all([vega(), vegaLite()]);
  const compiled = vl.compile(spec as never).spec;
  const view = new vg.View(vg.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function chartFor(name: string, rs: ResultSet): Promise<string | null> {
  const make = CHARTS[name];
  if (!make || rs.rows.length === 0) return null;
  const spec = make(rs);
  return spec ? renderSvg(spec) : null;
}
