// End to end on the whole corpus: the scripts as a user runs them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/paths.js';
import { CORPUS, GOLD, corpusFiles, countHeadings, tempDir } from './helpers.js';

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const tmp = tempDir();
const data = join(tmp.dir, 'lake');
const reports = join(tmp.dir, 'reports');
const cli = (script: string, args: string[]) =>
  spawnSync(tsx, [join(ROOT, 'pipeline', `${script}.ts`), ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });

let firstRun: ReturnType<typeof cli>;
before(() => {
  firstRun = cli('run', ['--digests', CORPUS, '--data', data, '--reports', reports]);
});
after(() => tmp.cleanup());

test('npm run pipeline builds the whole lake and prints one summary line per stage', () => {
  assert.equal(firstRun.status, 0, firstRun.stderr);
  const lines = firstRun.stdout.trim().split('\n');
  assert.deepEqual(
    lines.map((l) => l.split(/\s+/)[0]),
    ['extract', 'transform', 'load', 'report'],
  );
  // one vocabulary, and the stages agree: extract's loaded entries are transform's entries,
  // transform's rows are load's rows
  assert.match(lines[0], /^extract +287 digests \(287 parsed, 0 unchanged\), 4348 entries \(4348 loaded, 0 quarantined\)/);
  const entries = /(\d+) loaded/.exec(lines[0])![1];
  assert.match(
    lines[1],
    new RegExp(`^transform +287 digests \\(287 transformed\\), ${entries} entries, \\d+ papers, \\d+ rows, \\d+ Arrow files`),
  );
  const rows = /(\d+) rows/.exec(lines[1])![1];
  assert.match(lines[2], new RegExp(`^load +${rows} rows, \\d+ Parquet files \\(\\d+ written, 0 removed\\)`));
  for (const l of lines) assert.match(l, / in \d+\.\d\d s$/);
  assert.ok(existsSync(join(data, 'lake', '_manifest.json')));
  for (const name of ['papers_per_week', 'top_papers', 'top_papers_by_month', 'digest_coverage']) {
    assert.ok(existsSync(join(reports, `${name}.md`)), `${name}.md`);
    assert.ok(existsSync(join(reports, `${name}.csv`)), `${name}.csv`);
  }
});

test('npm run query --format csv prints a header line and the count', () => {
  const r = cli('query', ['--data', data, '--format', 'csv', 'select count(*) as n from papers']);
  assert.equal(r.status, 0, r.stderr);
  const [header, value, ...rest] = r.stdout.trim().split('\n');
  assert.equal(header, 'n');
  // distinct arXiv ids, counted from the files themselves
  const ids = new Set(
    corpusFiles().flatMap((f) =>
      [...readFileSync(join(CORPUS, f), 'utf8').matchAll(/^### \[.*\]\(https:\/\/arxiv\.org\/abs\/([\d.]+)\)/gm)].map((m) => m[1]),
    ),
  );
  assert.equal(Number(value), ids.size);
  assert.deepEqual(rest, []);
});

test('query is read-only and reports SQL errors with a non-zero exit', () => {
  const write = cli('query', ['--data', data, "copy papers to '/tmp/x.csv'"]);
  assert.notEqual(write.status, 0);
  assert.match(write.stderr, /^paperlake: /);
  const bad = cli('query', ['--data', data, 'select * from no_such_table']);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /no_such_table/);
  assert.equal(bad.stderr.trim().split('\n').length, 1, 'one-line reason');
});

test('votes: `Vote: -` and missing votes are NULL, never 0', () => {
  const r = cli('query', [
    '--data',
    data,
    '--format',
    'json',
    `select count(*) filter (where votes is null) as nulls, count(*) filter (where votes = 0) as zeros from appearances`,
  ]);
  const [{ nulls, zeros }] = JSON.parse(r.stdout);
  const dashes = corpusFiles().reduce((n, f) => n + (readFileSync(join(CORPUS, f), 'utf8').match(/^Vote: -$/gm) ?? []).length, 0);
  const zeroLines = corpusFiles().reduce((n, f) => n + (readFileSync(join(CORPUS, f), 'utf8').match(/^Vote: 0$/gm) ?? []).length, 0);
  assert.ok(nulls >= dashes && dashes > 0);
  assert.equal(zeros, zeroLines);
});

test("stages run alone, each from the previous stage's output; bad flags exit 2", () => {
  const r = cli('report', ['--data', data, '--reports', join(tmp.dir, 'r2')]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(readdirSync(join(tmp.dir, 'r2')).includes('top_papers.md'));
  const missing = cli('load', ['--data', join(tmp.dir, 'empty')]);
  assert.equal(missing.status, 3);
  assert.match(missing.stderr, /run the previous stage/);
  const flag = cli('extract', ['--no-such-flag']);
  assert.equal(flag.status, 2);
  const help = cli('transform', ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--data DIR/);
});

test('a re-run with no input change rewrites nothing', () => {
  const manifest = readFileSync(join(data, 'lake', '_manifest.json'), 'utf8');
  const r = cli('run', ['--digests', CORPUS, '--data', data, '--reports', reports]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /0 parsed/);
  assert.match(r.stdout, /Parquet files \(0 written, 0 removed\)/);
  assert.equal(readFileSync(join(data, 'lake', '_manifest.json'), 'utf8'), manifest);
});

test('the bundled sample builds with the default paths from a checkout', () => {
  const t = tempDir();
  try {
    const sample = join(ROOT, 'data', 'digests');
    const out = execFileSync(
      tsx,
      [join(ROOT, 'pipeline', 'run.ts'), '--digests', sample, '--data', join(t.dir, 'd'), '--reports', join(t.dir, 'r')],
      { encoding: 'utf8' },
    );
    const files = readdirSync(sample).filter((f) => f.endsWith('.md'));
    const headings = files.reduce((n, f) => n + countHeadings(readFileSync(join(sample, f), 'utf8')), 0);
    assert.match(out, new RegExp(`^extract +${files.length} digests .*, ${headings} entries`));
  } finally {
    t.cleanup();
  }
});

test('npm run eval:authors scores the lake against the gold pairs', () => {
  const r = cli('eval-authors', ['--data', data, '--gold', join(GOLD, 'authors.dev.csv')]);
  assert.equal(r.status, 0, r.stderr);
  const recall = Number(/^recall\s+([\d.]+)/m.exec(r.stdout)![1]);
  assert.ok(recall >= 0.95, r.stdout);
  assert.match(r.stdout, /^false merges\s+\d+/m);
  const missing = cli('eval-authors', ['--data', data]);
  assert.equal(missing.status, 2);
});

test('author reports: top authors, by votes, rising, co-author pairs', () => {
  for (const name of ['authors_top', 'authors_top_by_votes', 'authors_rising', 'coauthor_pairs']) {
    const csv = readFileSync(join(reports, `${name}.csv`), 'utf8')
      .trim()
      .split('\n');
    assert.ok(csv.length > 5, `${name} has rows`);
  }
  const top = readFileSync(join(reports, 'authors_top.csv'), 'utf8').split('\n')[1].split(',');
  assert.ok(Number(top[1]) >= 20, 'the most prolific author has many papers');
});

test('npm run eval:metrics scores the lake; the benchmark reports exist', () => {
  const r = cli('eval-metrics', ['--data', data, '--gold', join(GOLD, 'metrics.dev.csv')]);
  assert.equal(r.status, 0, r.stderr);
  for (const [name, min] of [
    ['precision', 0.9],
    ['recall', 0.85],
    ['benchmark agreement', 0.8],
  ] as const) {
    const v = Number(new RegExp(`^${name}\\s+([\\d.]+)`, 'm').exec(r.stdout)![1]);
    assert.ok(v >= min, `${name} ${v}`);
  }
  for (const name of ['benchmarks_unknown', 'benchmarks_most_reported', 'benchmark_leaderboard']) {
    assert.ok(
      readFileSync(join(reports, `${name}.csv`), 'utf8')
        .trim()
        .split('\n').length > 5,
      name,
    );
  }
});

test('npm run report --since/--until limits every report to the window', () => {
  const out = join(tmp.dir, 'r-window');
  const r = cli('report', ['--data', data, '--reports', out, '--since', '2025-01-01', '--until', '2025-02-28']);
  assert.equal(r.status, 0, r.stderr);
  const weeks = readFileSync(join(out, 'papers_per_week.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);
  assert.ok(weeks.length >= 8 && weeks.length <= 10, `${weeks.length} weeks`);
  assert.ok(
    weeks.every((w) => w >= '2024-12-30' && w <= '2025-02-28'),
    weeks.join(' '),
  );
  const months = readFileSync(join(out, 'top_papers_by_month.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);
  assert.deepEqual([...new Set(months)], ['2025-01', '2025-02']);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /window 2025-01-01 → 2025-02-28/);
  const bad = cli('report', ['--data', data, '--reports', out, '--since', '2025-13-01']);
  assert.equal(bad.status, 2);
});

test('npm run verify says the lake is consistent, and names a damaged file', async () => {
  const ok = cli('verify', ['--data', data]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /is consistent/);
  const copy = join(tmp.dir, 'lake-copy');
  const { cpSync, readdirSync: ls, writeFileSync: write } = await import('node:fs');
  cpSync(data, copy, { recursive: true });
  const dir = join(copy, 'lake', 'authors');
  write(join(dir, ls(dir)[0]), 'not parquet');
  const bad = cli('verify', ['--data', copy]);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /problem: authors\/all: .* does not hold the bytes the manifest recorded/);
});

test('each misuse of a command: one paperlake line with the documented exit code', async () => {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const empty = join(tmp.dir, 'no-digests');
  const txt = join(tmp.dir, 'txt-only');
  mkdirSync(empty);
  mkdirSync(txt);
  writeFileSync(join(txt, 'notes.txt'), 'not a digest\n');
  const cases: [string, string[], number, RegExp][] = [
    ['report', ['--data', join(tmp.dir, 'no-lake'), '--reports', join(tmp.dir, 'r-none')], 3, /^no lake at .*run npm run pipeline/],
    [
      'report',
      ['--data', data, '--reports', join(tmp.dir, 'r-2030'), '--since', '2030-01-01'],
      2,
      /^no digests in the window 2030-01-01 → …: the lake's 287 digests run from 2023-11-20 to /,
    ],
    [
      'run',
      ['--digests', empty, '--data', join(tmp.dir, 'd-empty'), '--reports', join(tmp.dir, 'r-empty')],
      3,
      /^no digests in .*no-digests: add digests/,
    ],
    [
      'run',
      ['--digests', txt, '--data', join(tmp.dir, 'd-txt'), '--reports', join(tmp.dir, 'r-txt')],
      3,
      /^no digests in .*txt-only \(1 other file, e.g\. notes\.txt; digests end in \.md\)/,
    ],
    ['eval-metrics', ['--data', data, '--gold', '/missing.csv'], 3, /^no gold file at \/missing\.csv$/],
    [
      'eval-metrics',
      ['--data', '/etc/hostname', '--gold', join(GOLD, 'metrics.dev.csv')],
      2,
      /^--data \/etc\/hostname is a file, not a data folder$/,
    ],
    ['eval-authors', ['--data', data, '--gold', '/missing.csv'], 3, /^no gold file at/],
    ['verify', ['--data', join(tmp.dir, 'no-lake')], 3, /^no lake at/],
    ['extract', ['--digest', CORPUS], 2, /^unknown option --digest \(did you mean --digests\?\); see npm run extract -- --help$/],
    ['load', ['--data', data, 'now'], 2, /^npm run load takes no arguments, only options: "now"/],
    ['query', ['--data', data, 'select 1', 'select 2'], 2, /^unexpected argument "select 2"/],
  ];
  for (const [script, args, code, re] of cases) {
    const r = cli(script, args);
    assert.equal(r.status, code, `${script} ${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr.trim().replace(/^paperlake: /, ''), re);
    assert.match(r.stderr, /^paperlake: /);
  }
  assert.ok(!existsSync(join(tmp.dir, 'r-2030')), 'no empty reports written');
  // --help prints the script's own help, and runs nothing (docs would rewrite the README)
  for (const script of [
    'docs',
    'run',
    'extract',
    'transform',
    'load',
    'report',
    'query',
    'verify',
    'eval-metrics',
    'eval-authors',
    'eval-topics',
    'eval-diff',
    'train-topics',
    'bench',
    'paper',
    'search',
  ]) {
    const h = cli(script, ['--help']);
    assert.equal(h.status, 0, `${script}: ${h.stderr}`);
    assert.match(h.stdout, /^Usage: npm run [\w:]+ -- /, script);
    assert.match(h.stdout, /\nExamples?:\n {2}npm run /, script);
  }
});
