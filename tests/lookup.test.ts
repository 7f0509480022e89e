// npm run paper and npm run search on a corpus lake: real papers found by a Korean phrase of
// their summary and by English title words; a card for a real id; misuse exit codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, load, transform } from '../src/pipeline.js';
import { ROOT } from '../src/paths.js';
import { arxivId, formatCard, loadCard } from '../src/lookup/paper.js';
import { rank, searchDocs, tokens, type SearchDoc } from '../src/lookup/search.js';
import { openLake, query, type Lake } from '../src/staging/lake.js';
import { CORPUS, runPipeline, tempDir } from './helpers.js';

const t = tempDir();
const data = join(t.dir, 'data');
let lake: Lake;
let docs: SearchDoc[];
before(async () => {
  await runPipeline({ digests: CORPUS, data, reports: join(t.dir, 'reports') }, [extract, transform, load]);
  lake = await openLake(data);
  docs = await searchDocs(lake.conn);
});
after(() => {
  lake?.close();
  t.cleanup();
});

const cli = (script: string, args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'pipeline', `${script}.ts`), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
const top = (q: string, n = 3) =>
  rank(docs, q)
    .hits.slice(0, n)
    .map((h) => h.doc.arxiv_id);

test('Korean is searched by syllable pairs, so particles and spacing do not matter', () => {
  assert.deepEqual(tokens('강화학습을'), ['강화', '화학', '학습', '습을']);
  assert.deepEqual(tokens('GPT-4o의 Agents'), ['gpt', '4o', '의', 'agent']);
  // a phrase of a real summary (2024-08-16, DeepSeek-Prover-V1.5: "트리 탐색 기법을 통합하여 63.5%의 새로운 최고 기록")
  assert.ok(top('트리 탐색 기법을 통합').includes('2408.08152'), top('트리 탐색 기법을 통합').join(' '));
  // the same words written together and with another particle
  assert.ok(top('트리탐색 기법의 통합').includes('2408.08152'));
});

test('English title words find the paper first; the count of matches is given', () => {
  const r = rank(docs, 'Proof Assistant Feedback');
  assert.equal(r.hits[0].doc.arxiv_id, '2408.08152');
  const out = cli('search', ['--data', data, '--limit', '2', 'speculative decoding']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /^\d+ papers match "speculative decoding" \(the best 2 shown; --limit N shows more\)/);
  assert.equal((out.stdout.match(/^ +\d+\. \d{4}\.\d{4,5} /gm) ?? []).length, 2);
  assert.match(out.stdout.split('\n').find((l) => /^ +1\. /.test(l))!, /speculative decoding/i);
});

test('a paper card: appearances with votes, authors with ids, topics with evidence, results with sentences', async () => {
  const card = (await loadCard(lake.conn, '2408.08152'))!;
  const text = formatCard(card);
  assert.match(text, /^2408\.08152 {2}DeepSeek-Prover-V1\.5/);
  assert.match(text, /Appearances \(1\)\n {2}2024-08-16 {2}#\d+ {2}21 votes {2}2024-08-16\.md:\d+/);
  assert.match(text, /1\. Zhihong Shao {2}\S+ {2}\(\d+ papers?\)/);
  assert.match(text, /math {2}score [01]\.\d\d {2}evidence: .*miniF2F/);
  assert.match(text, /60\.2 % {2}pass rate {2}score {2}on miniF2F.*\n {6}“DeepSeek-Prover-V1\.5는 miniF2F 벤치마크에서 60\.2%의 통과율/);
  for (const arg of ['2408.08152v2', 'https://arxiv.org/abs/2408.08152', 'arXiv:2408.08152']) assert.equal(arxivId(arg), '2408.08152');
  const out = cli('paper', ['--data', data, 'https://arxiv.org/abs/2408.08152']);
  assert.equal(out.status, 0, out.stderr);
  assert.equal(out.stdout, text);
  const byTitle = cli('paper', ['--data', data, 'proof', 'assistant', 'feedback']);
  assert.equal(byTitle.stdout, text, 'one title matches: its card');
});

test('paper and search misuse: one paperlake line and the documented exit code', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['paper', ['--data', data], 2, /needs an arXiv id or words of the title/],
    ['paper', ['--data', data, '2101.00001'], 1, /2101\.00001 is not in the lake/],
    ['paper', ['--data', data, 'zzqx no such title'], 1, /no paper in the lake has "zzqx no such title" in its title/],
    ['paper', ['--data', join(t.dir, 'nowhere'), '2408.08152'], 3, /no lake at .*run npm run pipeline/],
    ['search', ['--data', data], 2, /needs the words to search for/],
    ['search', ['--data', data, '--limt', '3', 'x'], 2, /did you mean --limit\?/],
    ['search', ['--data', data, '--limit', 'all', 'x'], 2, /--limit must be a whole number/],
    ['search', ['--data', '/etc/hostname', 'x'], 2, /--data \/etc\/hostname is a file, not a data folder/],
  ];
  for (const [script, args, code, re] of cases) {
    const r = cli(script, args);
    assert.equal(r.status, code, `${script} ${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^paperlake: .*${re.source}`));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('every table is a Parquet file even when empty, readable by a glob from another tool', async () => {
  const [[q]] = (await query(lake.conn, `select count(*) from read_parquet('${join(data, 'lake', 'quarantine')}/**/*.parquet')`))
    .rows as number[][];
  assert.equal(q, 0);
  const cols = (
    await query(lake.conn, `describe select * from read_parquet('${join(data, 'lake', 'reconciliation')}/**/*.parquet')`)
  ).rows.map((r) => r[0]);
  const view = (await query(lake.conn, 'describe reconciliation')).rows.map((r) => r[0]).filter((c) => c !== 'year');
  assert.deepEqual(cols, view, 'the empty file has every column');
  for (const d of readdirSync(join(data, 'lake'))) if (d !== '_manifest.json') assert.ok(existsSync(join(data, 'lake', d)));
});

test('a deleted report SQL file takes its .md, .csv and .svg with it; other files stay', async () => {
  const { copyFileSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { reportStage } = await import('../src/report/stage.js');
  const sql = join(t.dir, 'sql');
  const out = join(t.dir, 'r-removed');
  mkdirSync(sql);
  mkdirSync(out);
  for (const f of ['top_papers.sql', 'papers_per_week.sql']) copyFileSync(join(ROOT, 'reports', 'sql', f), join(sql, f));
  writeFileSync(join(out, 'notes.md'), 'mine\n');
  await reportStage(data, out, sql);
  assert.ok(['papers_per_week.md', 'papers_per_week.csv', 'papers_per_week.svg'].every((f) => existsSync(join(out, f))));
  rmSync(join(sql, 'papers_per_week.sql'));
  await reportStage(data, out, sql);
  assert.deepEqual(
    readdirSync(out).filter((f) => f.startsWith('papers_per_week')),
    [],
  );
  assert.ok(existsSync(join(out, 'top_papers.md')) && existsSync(join(out, 'notes.md')));
});
