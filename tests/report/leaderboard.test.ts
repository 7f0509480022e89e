// Leaderboards on a corpus lake: only the papers' own scores, ranked by the metric's direction,
// AIME 2024 and 2025 apart, and the page's "N of M" with a best-so-far step chart per board.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLake, query } from '../../src/staging/lake.js';
import { objects } from '../../src/report/charts.js';
import { CORPUS, runPipeline, tempDir } from '../helpers.js';

const t = tempDir();
const data = join(t.dir, 'data'),
  reports = join(t.dir, 'reports');
before(async () => {
  await runPipeline({ digests: CORPUS, data, reports });
});
after(() => t.cleanup());

const sql = readFileSync(join(import.meta.dirname, '..', '..', 'reports', 'sql', 'benchmark_leaderboard.sql'), 'utf8');

test("every entry is an own score on a known benchmark, ranked by the metric's direction", async () => {
  const lake = await openLake(data);
  try {
    const rows = objects(await query(lake.conn, sql));
    assert.ok(rows.length > 50, `${rows.length} entries`);
    // each entry is one of the lake's own=true score rows on a known benchmark, with its system
    const [bad] = objects(
      await query(
        lake.conn,
        `SELECT count(*) AS n FROM (${sql}) b WHERE NOT EXISTS (SELECT 1 FROM metrics m WHERE m.arxiv_id = b.arxiv_id AND m.value = b.value AND m.own AND m.kind = 'score' AND m.benchmark_known AND m.benchmark = b.benchmark AND m.system = b.system)`,
      ),
    );
    assert.equal(bad.n, 0);
    // (a board is benchmark × metric × unit: `55.89의 정확도` without % is a board of its own)
    const board = (bench: string, metric: string, unit = '') =>
      rows.filter((r) => r.benchmark === bench && r.metric === metric && r.unit === unit && r.split === '');
    const fid = board('ImageNet 256x256', 'FID');
    assert.ok(fid.length >= 3 && fid.every((r) => r.direction === 'lower'));
    assert.deepEqual(
      fid.map((r) => r.value),
      [...fid.map((r) => Number(r.value))].sort((a, b) => a - b),
      'FID: lower first',
    );
    const math = board('MATH', 'accuracy', '%');
    assert.deepEqual(
      math.map((r) => r.value),
      [...math.map((r) => Number(r.value))].sort((a, b) => b - a),
      'accuracy: higher first',
    );
    assert.equal(math[0].rank, 1);
    // AIME 2024 and AIME 2025 are different boards
    const aime = new Set(rows.filter((r) => String(r.benchmark).startsWith('AIME')).map((r) => r.benchmark));
    assert.ok(!aime.has('AIME 24') && !aime.has('AIME24'), [...aime].join(', '));
    const [years] = objects(
      await query(lake.conn, "SELECT count(DISTINCT benchmark) AS n FROM metrics WHERE benchmark IN ('AIME 2024', 'AIME 2025')"),
    );
    assert.equal(years.n, 2);
  } finally {
    lake.close();
  }
});

test("the page says how many boards and entries it shows and draws a step chart above each board's table", () => {
  const html = readFileSync(join(reports, 'index.html'), 'utf8');
  const section = html.slice(
    html.indexOf('<section id="benchmark_leaderboard">'),
    html.indexOf('</section>', html.indexOf('<section id="benchmark_leaderboard">')),
  );
  assert.match(section, /Showing \d+ of \d+ boards \(the most reported\) and \d+ of \d+ entries/);
  const boards = section.split('<h3>').slice(1);
  assert.ok(boards.length >= 2);
  for (const b of boards) {
    assert.ok(b.indexOf('<svg') >= 0 && b.indexOf('<svg') < b.indexOf('<table'), 'chart, then its table');
    assert.match(b, /is better/);
  }
  assert.ok(readFileSync(join(reports, 'benchmark_leaderboard.csv'), 'utf8').split('\n').length > 50, 'the CSV has every board');
});
