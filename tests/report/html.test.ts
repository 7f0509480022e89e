// The report page in a real browser: charts rendered, digest text escaped, a screenshot kept.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../../src/paths.js';
import { escapeHtml } from '../../src/report/html.js';
import { CORPUS, corpusFiles, runPipeline, tempDir } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const t = tempDir();
after(() => t.cleanup());

const EVIL = 'Attention <script>window.__pwned = 1</script> & "Quotes" Are All You Need';

test('index.html in headless Chromium: every chart rendered, a <script> title shown as text', async () => {
  const digests = join(t.dir, 'digests');
  mkdirSync(digests);
  for (const f of corpusFiles().slice(-60)) copyFileSync(join(CORPUS, f), join(digests, f));
  const sample = readFileSync(join(CORPUS, '2025-05-09.md'), 'utf8');
  const first = /^### \[(.*)\]\((.*)\)$/m.exec(sample)!;
  writeFileSync(join(digests, '2025-05-10.md'), sample.replace('2025-05-09', '2025-05-10').replace(first[0], `### [${EVIL}](https://arxiv.org/abs/2505.99999)`).replace(/^Vote: \d+$/m, 'Vote: 999'));
  const reports = join(t.dir, 'reports');
  await runPipeline({ digests, data: join(t.dir, 'data'), reports });

  const html = readFileSync(join(reports, 'index.html'), 'utf8');
  assert.ok(!html.includes('<script>window.__pwned'), 'the raw tag never reaches the page');
  assert.ok(html.includes(escapeHtml(EVIL)));
  assert.doesNotMatch(html, /<script\b/i, 'the page runs no script at all');
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\/(?!arxiv\.org\/abs\/)/, 'no network resources');

  assert.ok(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${join(reports, 'index.html')}`);
    const figures = await page.$$eval('figure', (fs) => fs.map((f) => ({
      svg: f.querySelector('svg') !== null,
      marks: f.querySelectorAll('svg .role-mark path, svg .role-mark rect, svg .role-mark line').length,
      width: f.querySelector('svg')?.getBoundingClientRect().width ?? 0,
    })));
    assert.ok(figures.length >= 6, `charts on the page: ${figures.length}`);
    for (const f of figures) {
      assert.ok(f.svg && f.marks > 0 && f.width > 100, `a chart rendered with marks: ${JSON.stringify(f)}`);
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'the injected script did not run');
    const text = await page.textContent('body');
    assert.ok(text!.includes(EVIL), 'the title is shown literally');
    assert.match(text!, /Topics that grew most in the last 4 weeks of the data: \S+/);
    assert.match(text!, /Most-voted paper of 2025-05:/);
    assert.deepEqual(requests, [], 'the page fetched nothing');
    mkdirSync(join(ROOT, 'tests', '.artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'tests', '.artifacts', 'report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

test('escapeHtml escapes the five characters HTML cares about', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
