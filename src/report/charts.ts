// Charts: vega-lite specs over report results, rendered to SVG strings in Node (no browser,
// no canvas). Vega escapes text it draws, so digest titles in labels stay text.
import { vega, vegaLite } from '../vendor.js';
import { objects, type ResultSet } from '../staging/lake.js';

export { objects };

type Spec = Record<string, unknown>;
type Obj = Record<string, unknown>;

// The SVGs scale down to the page's width (CSS max-width), so a phone shows the whole chart; a
// narrow plot and larger labels keep the text readable when it does (~0.7× at 420 px).
const WIDTH = 440;
const CONFIG = {
  font: 'sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11 },
  legend: { labelFontSize: 11, titleFontSize: 11 },
  title: { fontSize: 13 },
};
/** Time axes always name the year: 18 months of "Dec … Apr" cannot be placed. */
const TIME_AXIS = { format: '%b %Y', labelOverlap: true, tickCount: 6 };
/** A time x channel read and drawn in UTC: the lake's dates are days, which local time would
 *  shift into the previous month west of Greenwich. */
const timeX = (field: string, timeUnit?: string): Spec => ({
  field,
  type: 'temporal',
  title: null,
  axis: TIME_AXIS,
  scale: { type: 'utc' },
  ...(timeUnit ? { timeUnit: `utc${timeUnit}` } : {}),
});
const base = (title: string, values: Obj[], rest: Spec): Spec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  title,
  width: WIDTH,
  height: 220,
  data: { values },
  config: CONFIG,
  ...rest,
});
const short = (s: unknown, n = 48) => {
  const t = String(s ?? '');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** The rows of the latest `n` periods: a 640-pixel chart cannot show a century of weeks, and
 *  rendering one took hundreds of MB. The CSV and Markdown keep every row. */
function recent(rows: Obj[], field: string, n: number): { rows: Obj[]; note: string } {
  const periods = [...new Set(rows.map((r) => String(r[field])))].sort();
  if (periods.length <= n) return { rows, note: '' };
  const from = periods[periods.length - n];
  return { rows: rows.filter((r) => String(r[field]) >= from), note: ` (last ${n} ${field}s)` };
}

/** One leaderboard: its key columns and its entries, in the SQL's (board, rank) order. */
export interface Board {
  benchmark: string;
  metric: string;
  unit: string;
  split: string;
  direction: string;
  papers: number;
  entries: Obj[];
}

/** The leaderboard report's rows grouped into boards, the most-reported first (the SQL's order). */
export function boards(rs: ResultSet): Board[] {
  const out = new Map<string, Board>();
  for (const r of objects(rs)) {
    const k = [r.benchmark, r.metric, r.unit, r.split].join('\0');
    let b = out.get(k);
    if (!b)
      out.set(
        k,
        (b = {
          benchmark: String(r.benchmark),
          metric: String(r.metric),
          unit: String(r.unit ?? ''),
          split: String(r.split ?? ''),
          direction: String(r.direction),
          papers: Number(r.board_papers),
          entries: [],
        }),
      );
    b.entries.push(r);
  }
  return [...out.values()];
}

export const boardTitle = (b: Board) =>
  `${b.benchmark}${b.split ? ` (${b.split})` : ''} — ${b.metric}${b.unit ? ` (${b.unit})` : ''}, ${b.direction} is better`;

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
      {
        mark: { type: 'line', interpolate: 'step-after', color: '#2a7' },
        encoding: { x: timeX('date'), y: { field: 'best', type: 'quantitative', title: b.metric, scale: { zero: false, reverse: false } } },
      },
      {
        mark: { type: 'point', filled: true, size: 40, color: '#1a5fb4' },
        encoding: {
          x: timeX('date'),
          y: { field: 'value', type: 'quantitative' },
          tooltip: [{ field: 'system' }, { field: 'value' }, { field: 'title' }],
        },
      },
      {
        mark: { type: 'text', dy: -8, fontSize: 9 },
        encoding: { x: timeX('date'), y: { field: 'value', type: 'quantitative' }, text: { field: 'system' } },
      },
    ],
  });
}

/** How many boards get a chart on the page. */
export const CHARTED_BOARDS = 4;

/** One chart per report that has one; the key is the report (SQL file) name. */
export const CHARTS: Record<string, (rs: ResultSet) => Spec | null> = {
  papers_per_week: (rs) => {
    // a week with no digest is a row with NULL counts: the line breaks there (vega-lite's default
    // for path marks), it is not drawn through
    const { rows, note } = recent(objects(rs), 'week', 156);
    return base(`Papers and votes per week${note}`, rows, {
      transform: [{ fold: ['papers', 'total_votes'], as: ['series', 'count'] }],
      mark: { type: 'line', point: { size: 10 } }, // points: a single week still shows
      encoding: {
        x: timeX('week'),
        y: { field: 'count', type: 'quantitative', title: null },
        color: { field: 'series', type: 'nominal', title: null, legend: null },
        row: { field: 'series', type: 'nominal', title: null },
      },
      resolve: { scale: { y: 'independent' } },
      height: 120,
    });
  },
  topic_share_by_month: (rs) => {
    // a heatmap, topic × month: ten crossing lines could not be read; a month with no digest is
    // an empty column (the x axis is time, not a list of the months present)
    const { rows, note } = recent(objects(rs), 'month', 36);
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(String(r.topic), (totals.get(String(r.topic)) ?? 0) + Number(r.papers));
    const order = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
    return base(
      `Share of each month's papers by topic${note}`,
      rows.map((r) => ({ ...r, month: `${r.month}-01` })),
      {
        mark: { type: 'rect' },
        encoding: {
          x: timeX('month', 'yearmonth'),
          y: { field: 'topic', type: 'nominal', sort: order, title: null },
          color: {
            field: 'pct_papers',
            type: 'quantitative',
            title: '% of papers',
            scale: { scheme: 'blues' },
            legend: { orient: 'bottom', direction: 'horizontal' },
          },
          tooltip: [
            { field: 'topic' },
            { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', format: '%b %Y' },
            { field: 'pct_papers' },
            { field: 'papers' },
          ],
        },
        height: { step: 12 },
      },
    );
  },
  topics_rising: (rs) => {
    const rows = objects(rs).filter((r) => r.z_score !== null);
    const n = Number(rows[0]?.window_weeks ?? 4);
    return rows.length === 0
      ? null
      : base(`Change in topic share: the last ${n} weeks against the ${3 * n} before`, rows, {
          layer: [
            {
              mark: 'bar',
              encoding: {
                y: { field: 'topic', type: 'nominal', sort: '-x', title: null },
                x: { field: 'z_score', type: 'quantitative', title: 'z-score (|z| ≥ 2: significant; smaller: noise)' },
                color: {
                  condition: [
                    { test: 'datum.z_score >= 2', value: '#2a7' },
                    { test: 'datum.z_score <= -2', value: '#c44' },
                  ],
                  value: '#99a',
                },
              },
            },
            {
              data: { values: [{ z: -2 }, { z: 2 }] },
              mark: { type: 'rule', strokeDash: [3, 3], color: '#555' },
              encoding: { x: { field: 'z', type: 'quantitative' } },
            },
          ],
          height: { step: 14 },
        });
  },
  top_papers_by_month: (rs) => {
    const { rows, note } = recent(
      objects(rs).filter((r) => r.rank_in_month === 1),
      'month',
      36,
    );
    return base(
      `Most-voted paper of each month: its share of its week's votes${note}`,
      rows.map((r) => ({ ...r, month: `${r.month}-01`, label: short(r.title) })),
      {
        mark: 'bar',
        encoding: {
          x: { ...timeX('month', 'yearmonth'), bandPosition: 0 },
          y: { field: 'pct_of_week', type: 'quantitative', title: "% of the week's votes" },
          tooltip: [{ field: 'label', title: 'paper' }, { field: 'votes' }, { field: 'pct_of_week' }],
        },
      },
    );
  },
  authors_new_by_month: (rs) => {
    const { rows, note } = recent(objects(rs), 'month', 36);
    const values = rows.flatMap((r) => [
      { month: `${r.month}-01`, series: 'all authors', n: r.authors },
      { month: `${r.month}-01`, series: 'new authors', n: r.new_authors },
    ]);
    return base(`Authors per month, and how many were new${note}`, values, {
      mark: { type: 'bar' },
      encoding: {
        x: timeX('month', 'yearmonth'),
        y: { field: 'n', type: 'quantitative', title: 'authors', stack: null },
        color: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { range: ['#c8d3e6', '#1a5fb4'] },
          legend: { orient: 'top', labelLimit: 200 },
        },
        order: { field: 'series', sort: 'ascending' },
      },
    });
  },
  authors_top: (rs) =>
    base('Most prolific authors', objects(rs).slice(0, 15), {
      mark: 'bar',
      encoding: {
        y: { field: 'display_name', type: 'nominal', sort: '-x', title: null },
        x: { field: 'papers', type: 'quantitative' },
      },
      height: { step: 16 },
    }),
  benchmark_leaderboard: (rs) => {
    const top = boards(rs).slice(0, CHARTED_BOARDS);
    return top.length
      ? {
          $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
          config: CONFIG,
          vconcat: top.map((b) => {
            const { $schema, config, ...rest } = boardSpec(b);
            void $schema;
            void config;
            return rest;
          }),
        }
      : null;
  },
  benchmarks_most_reported: (rs) =>
    base('Most reported benchmarks', objects(rs).slice(0, 15), {
      mark: 'bar',
      encoding: {
        y: { field: 'benchmark', type: 'nominal', sort: '-x', title: null },
        x: { field: 'papers', type: 'quantitative', title: 'papers reporting a result' },
      },
      height: { step: 16 },
    }),
};

/** One line under a chart, where its figures need reading (the page's figcaption). */
export const CHART_NOTES: Record<string, string> = {
  papers_per_week: 'A week with no digest is a gap in the lines, not a zero.',
  topic_share_by_month:
    "Each cell: the topic's share of the month's papers (a paper counts toward each of its topics); an empty column is a month with no digest.",
  topics_rising:
    "Each bar: how far the topic's mean weekly share of papers in the recent weeks lies from the earlier weeks', in units of its standard error; between the dashed lines (|z| < 2) is normal week-to-week noise.",
  top_papers_by_month:
    "Share of the week's votes: the paper's votes as a percentage of all votes on the papers in the digests of its ISO week; weekly vote totals grew over the history, so raw votes favour recent months (raw votes are in the table).",
  authors_new_by_month:
    "New: the month of the author's first paper in the digests. The first month counts everyone as new; author lists cut with + undercount both bars.",
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
