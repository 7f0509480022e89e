// The report page in a real browser (headless Chromium at a desktop's and a phone's width): charts
// rendered, digest text escaped, no horizontal overflow, every table's "N of M" true against its
// CSV, no headline the page's own significance rule contradicts, time axes that name the year,
// weeks without a digest drawn as gaps. Screenshots kept in tests/.artifacts.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../../src/paths.js';
import { report } from '../../src/pipeline.js';
import { escapeHtml, trendHeadline } from '../../src/report/html.js';
import { parseWindow } from '../../src/window.js';
import { CORPUS, corpusFiles, runPipeline, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const t = tempDir();
let browser: Browser;
before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
after(async () => {
  await browser?.close();
  t.cleanup();
});

const EVIL = 'Attention <script>window.__pwned = 1</script> & "Quotes" Are All You Need';
const WIDTHS = [1400, 420];

type Row = Record<string, string>;
const csv = (reports: string, file: string): Row[] =>
  Papa.parse<Row>(readFileSync(join(reports, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

interface PageFacts {
  width: number;
  scrollWidth: number;
  overflowing: string[];
  tables: { caption: string; csv: string | null; where: string | null; rows: number }[];
  headline: string;
  figures: { id: string; marks: number; width: number }[];
  timeAxes: string[][];
  axisLabels: string[];
  weeklyPaths: string[];
  text: string;
}

const READ_PAGE = `(() => {
  const vw = document.documentElement.clientWidth;
  const texts = (g) => [...g.querySelectorAll('.role-axis-label text')].map((x) => x.textContent ?? '');
  return {
    width: vw,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 0.5).map((e) => e.tagName + ' ' + (e.getAttribute('data-csv') ?? e.closest('section')?.id ?? '')).slice(0, 10),
    tables: [...document.querySelectorAll('table')].map((tb) => ({ caption: tb.querySelector('caption')?.textContent ?? '', csv: tb.getAttribute('data-csv'), where: tb.getAttribute('data-where'), rows: tb.querySelectorAll('tbody tr').length })),
    headline: document.querySelector('#trend-headline')?.textContent ?? '',
    figures: [...document.querySelectorAll('figure')].map((f) => ({
      id: f.closest('section')?.id ?? '',
      marks: f.querySelectorAll('svg .role-mark path, svg .role-mark rect, svg .role-mark line').length,
      width: f.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    })),
    timeAxes: [...document.querySelectorAll('g.role-axis')].filter((g) => /(time|utc) scale/.test(g.getAttribute('aria-label') ?? '')).map(texts),
    axisLabels: [...document.querySelectorAll('g.role-axis')].flatMap(texts),
    weeklyPaths: [...document.querySelectorAll('#papers_per_week svg .mark-line path')].map((p) => p.getAttribute('d') ?? ''),
    text: document.body.textContent ?? '',
  };
})()`;

/** Opens the page at one width and reads what the checks need. */
async function readPage(reports: string, width: number, shot?: string): Promise<PageFacts> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  try {
    await page.goto(`file://${join(reports, 'index.html')}`);
    // a string, not a function: tsx would wrap the function's closures in a __name() the page lacks
    const facts = (await page.evaluate(READ_PAGE)) as PageFacts;
    if (shot) {
      mkdirSync(join(ROOT, 'tests', '.artifacts'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'tests', '.artifacts', shot), fullPage: true });
    }
    assert.deepEqual(requests, [], 'the page fetched nothing');
    return facts;
  } finally {
    await page.close();
  }
}

/** What must hold on any page, whatever the data: the issue's "done when", checked in the browser. */
function checkPage(reports: string, f: PageFacts): void {
  const at = `at ${f.width} px`;
  assert.ok(f.scrollWidth <= f.width, `no horizontal overflow ${at}: ${f.scrollWidth} px wide; ${f.overflowing.join(', ')}`);
  assert.deepEqual(f.overflowing, [], `nothing reaches past the right edge ${at}`);
  for (const fig of f.figures) assert.ok(fig.width <= f.width, `the ${fig.id} chart fits ${at} (${fig.width} px)`);

  // every table: "Showing N of M rows", N the rows drawn, M the rows of the CSV it links to
  assert.ok(f.tables.length >= 8, `tables on the page: ${f.tables.length}`);
  for (const tb of f.tables) {
    const m = /^Showing (\d+) of (\d+) rows\b.* all in (\S+\.csv)$/.exec(tb.caption);
    assert.ok(m, `a table says what it shows: "${tb.caption}"`);
    assert.equal(m[3], tb.csv);
    let rows = csv(reports, tb.csv!);
    if (tb.where) {
      const where = JSON.parse(tb.where) as Record<string, unknown>;
      rows = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === String(v ?? '')));
    }
    assert.equal(Number(m[1]), tb.rows, `N is the rows shown: ${tb.caption}`);
    assert.equal(Number(m[2]), rows.length, `M is the rows of ${tb.csv}${tb.where ? ` where ${tb.where}` : ''}: ${tb.caption}`);
    assert.ok(Number(m[1]) <= Number(m[2]));
  }

  // the headline names only topics the report calls significant, and says so when none is
  const rising = csv(reports, 'topics_rising.csv');
  const named = rising.filter((r) => new RegExp(`(^|[\\s,:])${r.topic.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')} \\(`).test(f.headline));
  if (/not enough weeks of data/.test(f.headline)) {
    assert.ok(
      rising.every((r) => r.z_score === ''),
      'no z-score, so no trend',
    );
  } else if (/no topic's share of papers changed significantly/.test(f.headline)) {
    assert.ok(
      rising.every((r) => r.significant === 'false'),
      `the report agrees no topic changed: ${f.headline}`,
    );
  } else {
    assert.ok(named.length > 0, `the headline names topics: ${f.headline}`);
    for (const r of named) {
      assert.equal(r.significant, 'true', `${r.topic} is named in the headline, so |z| ≥ 2 (z ${r.z_score})`);
      assert.ok(Math.abs(Number(r.z_score)) >= 2);
    }
    const sig = rising.filter((r) => r.significant === 'true');
    assert.ok(
      sig.length === named.length || named.length === 5 || named.length === 10,
      'every significant topic named, up to five each way',
    );
  }
  assert.doesNotMatch(f.text, /grew most/, 'no "grew most" claim without a test');

  // time axes name the year; no axis anywhere shows a bare month
  for (const labels of f.timeAxes) for (const l of labels) assert.match(l, /\b(19|20)\d\d\b/, `time axis label with its year: "${l}"`);
  for (const l of f.axisLabels)
    assert.doesNotMatch(l, /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/, `a month without its year: "${l}"`);
}

test('the corpus page at 1400 and 420 px: no overflow, true "N of M", an honest headline, years on the axes, gaps as gaps', async () => {
  const digests = join(t.dir, 'digests');
  mkdirSync(digests);
  for (const f of corpusFiles()) copyFileSync(join(CORPUS, f), join(digests, f));
  const sample = readFileSync(join(CORPUS, '2025-05-09.md'), 'utf8');
  const first = /^### \[(.*)\]\((.*)\)$/m.exec(sample)!;
  writeFileSync(
    join(digests, '2025-05-10.md'),
    sample
      .replace('2025-05-09', '2025-05-10')
      .replace(first[0], `### [${EVIL}](https://arxiv.org/abs/2505.99999)`)
      .replace(/^Vote: \d+$/m, 'Vote: 999'),
  );
  const reports = join(t.dir, 'reports');
  await runPipeline({ digests, data: join(t.dir, 'data'), reports });

  const html = readFileSync(join(reports, 'index.html'), 'utf8');
  assert.ok(!html.includes('<script>window.__pwned'), 'the raw tag never reaches the page');
  assert.ok(html.includes(escapeHtml(EVIL)));
  assert.doesNotMatch(html, /<script\b/i, 'the page runs no script at all');
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\/(?!arxiv\.org\/abs\/)/, 'no network resources');

  // the corpus has no digest in the weeks of 2023-11-27 and 2024-05-06: rows with no counts
  const weekly = csv(reports, 'papers_per_week.csv');
  for (const week of ['2023-11-27', '2024-05-06']) {
    const w = weekly.find((r) => r.week === week);
    assert.ok(w, `a row for the empty week ${week}`);
    assert.deepEqual([w.digests, w.papers, w.total_votes], ['0', '', '']);
  }

  for (const width of WIDTHS) {
    const f = await readPage(reports, width, `report-${width}.png`);
    checkPage(reports, f);
    assert.ok(f.figures.length >= 8, `charts on the page: ${f.figures.length}`);
    for (const fig of f.figures) assert.ok(fig.marks > 0 && fig.width > 100, `a chart rendered with marks: ${JSON.stringify(fig)}`);
    assert.ok(f.timeAxes.length >= 6, `time axes: ${f.timeAxes.length}`);
    // a line broken at the empty weeks has more than one "M" (move) in its path
    assert.ok(
      f.weeklyPaths.length > 0 && f.weeklyPaths.every((d) => (d.match(/M/g) ?? []).length >= 2),
      'the weekly lines break where no digest was',
    );
    assert.ok(f.text.includes(EVIL), 'the title is shown literally');
    assert.match(f.text, /Most-voted paper of 2025-05:.*\d+ votes, [\d.]+% of its week's votes/);
    for (const section of ['New authors per month', 'Data quality', 'Extraction coverage', 'Topic share by month'])
      assert.ok(f.text.includes(section), section);
  }
  const page = await browser.newPage();
  try {
    await page.goto(`file://${join(reports, 'index.html')}`);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
      'the injected script did not run',
    );
    // "Top papers per topic" shows its five per topic, not one
    const perTopic = await page.$$eval('#top_papers_per_topic tbody tr', (trs) => trs.length);
    assert.equal(perTopic, csv(reports, 'top_papers_per_topic.csv').length);
    assert.ok(csv(reports, 'top_papers_per_topic.csv').some((r) => r.rank_in_topic === '5'));
  } finally {
    await page.close();
  }

  // --weeks 8: the trend compares 8 weeks with the 24 before, and the headline says so
  const r8 = join(t.dir, 'reports-8');
  await report({ digests, data: join(t.dir, 'data'), reports: r8, weeks: 8 });
  const rising8 = csv(r8, 'topics_rising.csv');
  assert.ok(
    rising8.length > 0 && rising8.every((r) => r.window_weeks === '8' && Number(r.recent_weeks) <= 8 && Number(r.before_weeks) <= 24),
  );
  assert.ok(rising8.some((r) => r.before_weeks === '24'));
  const f8 = await readPage(r8, 1400);
  assert.match(f8.headline, /the last 8 weeks \(against the 24 before/);
  checkPage(r8, f8);
});

test('the bundled sample page: one digest is too few weeks for a trend, and the page says so', async () => {
  const reports = join(t.dir, 'sample-reports');
  await runPipeline({ digests: join(ROOT, 'data', 'digests'), data: join(t.dir, 'sample-data'), reports });
  for (const width of WIDTHS) {
    const f = await readPage(reports, width);
    checkPage(reports, f);
    assert.match(f.headline, /not enough weeks of data/);
  }
});

test('trendHeadline states only what |z| ≥ 2 calls significant', () => {
  // the issue's page: "grew most: rl (×1.35, z 1.59)" beside "|z| < 2 is noise"
  const row = (topic: string, z: number | null, significant = z !== null && Math.abs(z) >= 2) => ({
    topic,
    window_weeks: 4,
    recent_pct: 9.1,
    before_pct: 6.7,
    growth: 1.35,
    z_score: z,
    significant,
  });
  const quiet = trendHeadline([row('rl', 1.59), row('agents', 1.2), row('3d', -1.9)]);
  assert.match(quiet, /no topic's share of papers changed significantly in the last 4 weeks/);
  assert.doesNotMatch(quiet, /\brl\b/);
  const mixed = trendHeadline([row('rl', 3.34), row('agents', 1.99), row('3d', -2.5)]);
  assert.match(mixed, /grew significantly.*rl \(9\.1% of papers, was 6\.7%; z 3\.34\)/);
  assert.match(mixed, /Shrank:<\/b> 3d \(/);
  assert.doesNotMatch(mixed, /agents/);
  assert.match(trendHeadline([row('rl', null)]), /not enough weeks of data/);
  assert.match(trendHeadline([]), /not enough weeks of data/);
  // digest text is escaped in the headline too
  assert.ok(trendHeadline([row('<b>x</b>', 2.5)]).includes('&lt;b&gt;x&lt;/b&gt;'));
});

test('--weeks takes a whole number of weeks from 1 to 520', () => {
  assert.equal(parseWindow({ weeks: '12' }).weeks, 12);
  assert.equal(parseWindow({}).weeks, undefined);
  for (const bad of ['0', '-3', '2.5', 'four', '521', '']) {
    assert.throws(
      () => parseWindow({ weeks: bad }),
      (e: Error & { exitCode?: number }) => /^--weeks must be a whole number of weeks from 1 to 520/.test(e.message) && e.exitCode === 2,
      bad,
    );
  }
});

test('escapeHtml escapes the five characters HTML cares about', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
