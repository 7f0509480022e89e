// npm run query: sandboxed by DuckDB's own settings and read-only by statement type. A battery of
// hostile statements is refused and leaves no trace (a canary folder, the lake, the working
// folder, no connection to a listening server); ordinary queries work; the output modes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PaperlakeError } from '../../src/errors.js';
import { verifyLake } from '../../src/staging/verify.js';
import { ROOT } from '../../src/paths.js';
import { extract, load, transform } from '../../src/pipeline.js';
import {
  displayWidth,
  toBox,
  toQueryCsv,
  toQueryJson,
  toNdjson,
  toQueryMarkdown,
  truncateToWidth,
  type QueryResult,
} from '../../src/report/format.js';
import type { Lake } from '../../src/staging/lake.js';
import { lakeFiles, openSandboxedLake, queryLake, runQuery, splitStatements, SqlError, type QueryOptions } from '../../src/report/query.js';
import { runPipeline, tempDir } from '../helpers.js';

const t = tempDir('paperlake-query-');
const data = join(t.dir, 'data');
const canary = join(t.dir, 'canary');
const C = (f: string) => join(canary, f);
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
let lakeFile = '';
/** One sandboxed session for the battery (each statement is refused before it runs, so none can
 *  leave the session changed for the next); the rest open their own, as the command does. */
let shared: Lake;
let server: Server;
let port = 0;
let connections = 0;

before(async () => {
  await runPipeline({ digests: join(ROOT, 'data', 'digests'), data, reports: join(t.dir, 'reports') }, [extract, transform, load]);
  lakeFile = lakeFiles(data).find((f) => f.includes('/papers/'))!;
  mkdirSync(canary);
  writeFileSync(C('secret.csv'), 'user,password\nroot,hunter2\n');
  writeFileSync(C('secret.txt'), 'the canary\n');
  writeFileSync(C('secret.json'), '{"password": "hunter2"}\n');
  copyFileSync(lakeFile, C('secret.parquet'));
  mkdirSync(C('import'));
  writeFileSync(C('import/schema.sql'), 'CREATE TABLE pwned (a INTEGER);\n');
  writeFileSync(C('import/load.sql'), `COPY pwned FROM ${lit(C('secret.csv'))};\n`);
  // anything that tried the network would knock here first
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  shared = await openSandboxedLake(data);
});
after(() => {
  shared?.close();
  server?.close();
  t.cleanup();
});

const q = (sql: string, options: Partial<QueryOptions> = {}) => runQuery(data, sql, { format: 'csv', ...options });

/** Every file under `dir`: its bytes' hash and modification time, so a rewrite shows too. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        out.set(`${p}/`, 'dir');
        walk(p);
      } else out.set(p, `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

/** Runs `sql`, which must be refused: the error, one line, with the exit codes allowed. */
async function refused(sql: string, codes = [2]): Promise<string> {
  try {
    await queryLake(shared, sql, { format: 'csv' });
  } catch (err) {
    assert.ok(err instanceof PaperlakeError, `${sql}: ${String(err)}`);
    assert.ok(codes.includes(err.exitCode), `${sql}: exit ${err.exitCode}: ${err.message}`);
    assert.equal(err.message.split('\n').length, 1, `${sql}: one line`);
    assert.match(err.message, /^query: /);
    return err.message;
  }
  assert.fail(`${sql} ran`);
}

// ---- the battery ------------------------------------------------------------------------------

const writes = () => [
  `copy papers to ${lit(C('copy.csv'))}`,
  `copy (select 'pwned' as title) to ${lit(lakeFile)} (format parquet)`,
  // without a temporary file DuckDB would write straight into a path the sandbox lets it open
  `copy (select 'pwned' as title) to ${lit(lakeFile)} (format parquet, use_tmp_file false)`,
  `copy papers to ${lit(C('copy.parquet'))} (format parquet)`,
  `copy (with t as (select * from papers) select * from t) to ${lit(C('cte.csv'))}`,
  `copy papers to 'pwned-relative.csv'`,
  `copy papers from ${lit(C('secret.csv'))}`,
  `copy from database memory to memory`,
  `export database ${lit(C('export'))}`,
  `export database ${lit(join(data, 'lake', 'export'))}`,
  `import database ${lit(C('import'))}`,
  `attach ${lit(C('attached.duckdb'))} as a2`,
  `attach ':memory:' as m2`,
  `attach 'https://127.0.0.1:${port}/db.duckdb' as remote`,
  'detach memory',
  'install httpfs',
  'force install httpfs',
  'load httpfs',
  `load ${lit(C('evil.duckdb_extension'))}`,
  'update extensions',
  'set enable_external_access = true',
  "set allowed_directories = ['/']",
  'reset lock_configuration',
  'set variable x = 1',
  'set threads = 1',
  'use memory',
  'pragma enable_profiling',
  "pragma table_info('papers')",
  `call enable_logging(storage = 'file', storage_path = ${lit(C('logs'))})`,
  'create table t as select 1 as a',
  'insert into papers select * from papers',
  'update papers set title = null',
  'delete from papers',
  "create or replace view papers as select 'pwned' as title",
  'drop view papers',
  'alter view papers rename to p2',
  'checkpoint',
  'vacuum',
  'begin transaction',
  "create secret s (type s3, key_id 'x', secret 'y')",
  'prepare p as select 1',
];

/** The forms a statement is smuggled in: each must be refused as the statement itself is. */
const wrapped = (s: string) => [
  s,
  `explain analyze ${s}`,
  `explain ${s}`,
  `-- a comment\n${s}`,
  `/* a comment; with a semicolon */ ${s}`,
  `select 1; ${s}`,
  `${s}; select 1`,
  `SELECT 1;\n\n${s.replace(/^\w+/, (w) => w.toUpperCase())}`,
];

test('writing, settings, extensions and transactions are refused in every form, and leave no trace', async () => {
  const before = { canary: snapshot(canary), data: snapshot(data), cwd: readdirSync(process.cwd()) };
  for (const s of writes()) {
    for (const sql of wrapped(s)) {
      const msg = await refused(sql);
      assert.match(msg, /not allowed|only queries are allowed/, sql);
    }
    // in a CTE: a syntax error (exit 4) or, for WITH … INSERT, a refusal
    await refused(`with t as (select 1) ${s}`, [2, 4]);
  }
  assert.equal(
    await refused("explain analyze copy (select 'pwned' as title) to 'x.parquet' (format parquet)"),
    'query: writing is not allowed (EXPLAIN ANALYZE COPY)',
  );
  assert.equal(await refused(`copy papers to ${lit(C('x.csv'))}`), 'query: writing is not allowed (COPY)');
  assert.equal(await refused(`export database ${lit(C('export'))}`), 'query: writing is not allowed (EXPORT DATABASE)');
  assert.equal(await refused('install httpfs'), 'query: extensions are not allowed (INSTALL)');
  assert.equal(await refused('set threads = 1'), 'query: changing settings is not allowed (SET)');
  assert.match(await refused('begin transaction'), /only queries are allowed .*, not BEGIN$/);
  assert.deepEqual(snapshot(canary), before.canary, 'the canary folder is untouched');
  assert.deepEqual(snapshot(data), before.data, 'the data folder (lake and staging) is untouched');
  assert.deepEqual(readdirSync(process.cwd()), before.cwd, 'nothing written to the working folder');
  assert.deepEqual(await verifyLake(data), []);
});

const outside = () => [
  `select * from read_csv(${lit(C('secret.csv'))})`,
  `select * from read_csv_auto(${lit(C('secret.csv'))})`,
  `select * from sniff_csv(${lit(C('secret.csv'))})`,
  `select * from read_text(${lit(C('secret.txt'))})`,
  "select * from read_text('/etc/passwd')",
  "select * from read_blob('/proc/self/environ')",
  `select * from read_json(${lit(C('secret.json'))})`,
  `select * from read_json_auto(${lit(C('secret.json'))})`,
  `select * from read_ndjson_objects(${lit(C('secret.json'))})`,
  `select * from read_parquet(${lit(C('secret.parquet'))})`,
  `select * from parquet_metadata(${lit(C('secret.parquet'))})`,
  `select * from ${lit(C('secret.csv'))}`,
  `select * from ${lit(C('secret.parquet'))}`,
  `from ${lit(C('secret.json'))}`,
  "select count(*) from glob('/**')",
  `select * from glob(${lit(C('*'))})`,
  `select * from read_text(${lit(join(data, 'lake', '_manifest.json'))})`,
  `select count(*) from read_parquet(${lit(join(data, 'lake', 'papers', '**', '*.parquet'))})`,
  "select * from read_csv('package.json')",
];

const remote = () => [
  `select * from read_csv('http://127.0.0.1:${port}/x.csv')`,
  `select * from 'https://127.0.0.1:${port}/x.parquet'`,
  `select * from read_json('https://127.0.0.1:${port}/x.json')`,
  `select * from read_parquet('s3://paperlake-canary/x.parquet')`,
  "select * from 's3://paperlake-canary/x.csv'",
  "select * from read_text('hf://datasets/paperlake/canary/x.txt')",
];

const httpfs = () => {
  const dir = join(homedir(), '.duckdb', 'extensions');
  return existsSync(dir) ? [...snapshot(dir).keys()].filter((k) => k.includes('httpfs')) : [];
};

test('files outside the lake and URLs are refused by the sandbox, in every form, without touching the network', async () => {
  const before = { canary: snapshot(canary), data: snapshot(data), httpfs: httpfs() };
  for (const s of [...outside(), ...remote()]) {
    for (const sql of [
      s,
      `explain analyze ${s}`,
      `-- a comment\n${s}`,
      `with t as (${s}) select * from t`,
      `select 1; ${s}`,
      `select * from (${s}) union all select * from (${s})`,
    ]) {
      const msg = await refused(sql);
      assert.match(msg, /^query: (only the lake's own files can be read, not "|network access is not allowed \(")/, sql);
    }
    // a plain EXPLAIN runs nothing: refused, or a plan that read nothing
    const plan = await queryLake(shared, `explain ${s}`, { format: 'csv' }).catch((err: PaperlakeError) => ({
      text: '',
      notes: [],
      code: err.exitCode,
    }));
    assert.ok('code' in plan ? plan.code === 2 : !/hunter2|canary\n/.test(plan.text), s);
  }
  assert.equal(await refused("select * from read_text('/etc/passwd')"), 'query: only the lake\'s own files can be read, not "/etc/passwd"');
  assert.equal(
    await refused(`select * from 'https://127.0.0.1:${port}/x.parquet'`),
    `query: network access is not allowed ("https://127.0.0.1:${port}/x.parquet")`,
  );
  assert.equal(connections, 0, 'no connection was attempted');
  assert.deepEqual(httpfs(), before.httpfs, 'no extension downloaded');
  assert.deepEqual(snapshot(canary), before.canary);
  assert.deepEqual(snapshot(data), before.data);
  assert.deepEqual(await verifyLake(data), []);
});

test('functions that change the session, or run SQL from a string, are refused', async () => {
  for (const s of [
    'select * from enable_profiling()',
    `select * from enable_logging(storage = 'file', storage_path = ${lit(C('logs'))})`,
    'select * from system.main.enable_peg_parser()',
    'from checkpoint()',
    "select * from query('select 1')",
    "select * from papers where exists (select * from query('select 1'))",
  ]) {
    for (const sql of [s, `explain analyze ${s}`]) assert.match(await refused(sql), /\(\) is not allowed/, sql);
  }
  assert.ok(!existsSync(C('logs')));
});

test('empty SQL, a syntax error, and an EXPLAIN option: each said plainly', async () => {
  for (const sql of ['', '   ', ';;', '-- only a comment', '/* nothing */ ;']) assert.equal(await refused(sql), 'query: the SQL is empty');
  await assert.rejects(q('select 1 +\n  from papers where'), (err: unknown) => {
    assert.ok(err instanceof SqlError);
    assert.equal(err.exitCode, 4);
    assert.match(err.message, /^query: Parser Error: syntax error/);
    return true;
  });
  await assert.rejects(q('select 1;\nselect titl\n  from papers'), (err: unknown) => {
    assert.ok(err instanceof SqlError);
    assert.match(err.message, /^query: Binder Error: Referenced column "titl" not found/);
    // DuckDB's LINE n counts lines of the whole text, not of the second statement
    assert.match(err.context, /^LINE 2: select titl\n\s+\^$/);
    return true;
  });
  await assert.rejects(q('selec 1'), (err: unknown) => err instanceof SqlError && /^LINE 1: selec 1/.test(err.context));
  assert.match(await refused('explain (format json) select 1'), /EXPLAIN takes no options/);
  assert.match(await refused('explain', [4]), /syntax error at end of input/);
  // a PIVOT with no IN list has DuckDB create an ENUM type first: refused, with what to write
  assert.match(await refused('select * from (pivot papers on image_kind using count(*))'), /PIVOT … ON col IN \(…\)/);
  assert.equal(
    (await q("select * from (pivot (select image_kind from papers) on image_kind in ('thumbnail', 'video') using count(*))")).text.replace(
      /\d+/g,
      'n',
    ),
    'thumbnail,video\nn,n\n',
  );
});

// ---- what still works ---------------------------------------------------------------------------

const json = async (sql: string) => JSON.parse((await q(sql, { format: 'json' })).text) as Record<string, unknown>[];

test('ordinary queries work: joins, CTEs, window functions, DESCRIBE, SUMMARIZE, SHOW, VALUES, EXPLAIN', async () => {
  const [{ n }] = await json('select count(*) as n from papers');
  assert.ok(Number(n) > 0);
  const joined = await json(
    'select p.arxiv_id, a.votes from papers p join appearances a using (arxiv_id) order by a.votes desc nulls last',
  );
  assert.equal(joined.length, n);
  const ranked = await json(`with v as (select arxiv_id, votes from appearances)
    select arxiv_id, votes, rank() over (order by votes desc nulls last) as r, sum(votes) over () as total from v order by r`);
  assert.equal(ranked[0].r, 1);
  assert.deepEqual((await json('describe papers')).map((r) => r.column_name).slice(0, 2), ['arxiv_id', 'title']);
  assert.ok((await json('summarize metrics')).some((r) => r.column_name === 'benchmark'));
  assert.ok((await json('show tables')).some((r) => r.name === 'papers'));
  assert.deepEqual(await json("values (1, 'a'), (2, null)"), [
    { col0: 1, col1: 'a' },
    { col0: 2, col1: null },
  ]);
  assert.deepEqual(await json('from (select 1 as a) select a + 1 as b'), [{ b: 2 }]);
  assert.equal((await json(`select count(*) as n from read_parquet(${lit(lakeFile)})`))[0].n, n, 'a file of the lake, named, can be read');
  const plan = await q('explain analyze select count(*) from papers join metrics using (arxiv_id)', { format: 'table' });
  assert.match(plan.text, /Query Profiling Information/);
  assert.match((await q('EXPLAIN select * from papers', { format: 'table' })).text, /┌/);
  // several statements run in turn, each result printed
  const two = await q('select 1 as a; -- and\nselect 2 as b;', { format: 'csv' });
  assert.equal(two.text, 'a\n1\n\nb\n2\n');
  assert.equal((await q('select \'a;b\' as s, $$x;y$$ as d, "a;b" from (select 1 as "a;b")')).text, 's,d,a;b\na;b,x;y,1\n');
});

// ---- output modes -------------------------------------------------------------------------------

const sample: QueryResult = {
  columns: ['title', 'votes', 'authors', 'extra'],
  types: ['VARCHAR', 'INTEGER', 'VARCHAR[]', 'STRUCT(a INTEGER)'],
  rows: [
    ['한국어 논문 제목', 12, ['김', null], { a: null }],
    ['', null, [], null],
    [null, 3, null, { a: 1 }],
  ],
  total: 3,
};

test('table: a box whose columns line up with Korean text, NULL distinct from an empty string', () => {
  const box = toBox(sample);
  const lines = box.trimEnd().split('\n');
  const body = lines.slice(0, -1);
  assert.equal(new Set(body.map(displayWidth)).size, 1, `every line as wide:\n${box}`);
  assert.match(lines[1], /│\s+title\s+│\s+votes\s+│/);
  assert.match(lines[2], /│\s+varchar\s+│\s+integer\s+│/);
  assert.match(box, /│ 한국어 논문 제목 │ +12 │ \["김",null\] +│ \{"a":null\} +│/);
  assert.match(box, /\n│ +│ +NULL │ \[\] +│ NULL +│\n/, 'empty string blank, NULL shown');
  assert.equal(lines.at(-1), '3 rows');
  const cut = toBox({ ...sample, rows: sample.rows.slice(0, 1), total: 1235 });
  assert.match(cut, /\n… 1,234 more rows \(1,235 in all; --limit 0 shows every row\)\n$/);
  const narrow = toBox({ columns: ['t'], types: ['VARCHAR'], rows: [['가'.repeat(100)]], total: 1 }, 30);
  assert.ok(
    narrow
      .split('\n')
      .slice(0, -2)
      .every((l) => displayWidth(l) <= 30),
    narrow,
  );
  assert.match(narrow, /가…/);
});

test('display widths: wide characters take two columns, combining marks none', () => {
  assert.equal(displayWidth('abc'), 3);
  assert.equal(displayWidth('한국어'), 6);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('日本'), 4);
  assert.equal(displayWidth('ｆｕｌｌ'), 8);
  assert.equal(displayWidth('👍'), 2);
  assert.equal(truncateToWidth('한국어', 5), '한국…');
  assert.equal(truncateToWidth('abcdef', 4), 'abc…');
  assert.equal(truncateToWidth('abc', 3), 'abc');
});

test('csv, json, ndjson, markdown: NULL, empty strings, lists and structs as the DuckDB CLI prints them', () => {
  assert.equal(
    toQueryCsv(sample),
    'title,votes,authors,extra\n한국어 논문 제목,12,"[""김"",null]","{""a"":null}"\n"",,[],\n,3,,"{""a"":1}"\n',
  );
  const rows = [
    { title: '한국어 논문 제목', votes: 12, authors: ['김', null], extra: { a: null } },
    { title: '', votes: null, authors: [], extra: null },
    { title: null, votes: 3, authors: null, extra: { a: 1 } },
  ];
  assert.deepEqual(JSON.parse(toQueryJson(sample)), rows);
  assert.deepEqual(
    toNdjson(sample)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l)),
    rows,
  );
  assert.equal(toQueryJson({ ...sample, rows: [], total: 0 }), '[]\n');
  assert.equal(
    toQueryMarkdown(sample),
    [
      '| title | votes | authors | extra |',
      '|---|---:|---|---|',
      '| 한국어 논문 제목 | 12 | ["김",null] | {"a":null} |',
      '|  | NULL | [] | NULL |',
      '| NULL | 3 | NULL | {"a":1} |',
      '',
    ].join('\n'),
  );
  assert.match(toQueryMarkdown({ ...sample, total: 1237 }), /\n\n_… 1,234 more rows_\n$/);
});

test('values from DuckDB: integers as numbers, lists keep NULL elements; --limit stated', async () => {
  const [row] = await json(
    "select 9007199254740993::bigint as big, 3::bigint as small, 1.50::decimal(5,2) as d, [1, null, 3] as l, {'a': null, 'b': [null]} as s, date '2024-08-16' as day, null::varchar as n, '' as e",
  );
  assert.deepEqual(row, {
    big: '9007199254740993',
    small: 3,
    d: 1.5,
    l: [1, null, 3],
    s: { a: null, b: [null] },
    day: '2024-08-16',
    n: null,
    e: '',
  });
  const csv = await q('select * from range(5000) t(i)', { format: 'csv', limit: 10 });
  assert.equal(csv.text.trimEnd().split('\n').length, 11);
  assert.deepEqual(csv.notes, ['… 4,990 more rows not shown (--limit 10; --limit 0 shows every row)']);
  const table = await q('select * from range(5000) t(i)', { format: 'table' });
  assert.match(table.text, /… 4,960 more rows \(5,000 in all/);
  assert.equal((await q('select * from range(5000) t(i)', { format: 'ndjson', limit: 0 })).text.split('\n').length, 5001);
});

test('the lexer splits where DuckDB does and never inside strings, names or comments', () => {
  const sql = "select ';' as a; /* ; /* nested ; */ still ; */ select \"x;y\" from t; select $q$;$q$, e'\\';' ; -- ; trailing\n";
  assert.deepEqual(
    splitStatements(sql).map((p) => sql.slice(p.start, p.end).trim()),
    ["select ';' as a", '/* ; /* nested ; */ still ; */ select "x;y" from t', "select $q$;$q$, e'\\';'"],
  );
  assert.deepEqual(splitStatements('  -- nothing\n ; ;'), []);
});

// ---- the command line ---------------------------------------------------------------------------

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (args: string[], input?: string) =>
  spawnSync(tsx, [join(ROOT, 'pipeline', 'query.ts'), '--data', data, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, CI: 'true' },
  });

test('npm run query: refusals exit 2, SQL errors exit 4, each one paperlake: line; --file runs a saved query', () => {
  const copy = cli([`copy papers to ${lit(C('cli.csv'))}`]);
  assert.equal(copy.status, 2);
  assert.equal(copy.stderr, 'paperlake: query: writing is not allowed (COPY)\n');
  assert.ok(!existsSync(C('cli.csv')));
  const bad = cli(['select * from no_such_table']);
  assert.equal(bad.status, 4);
  assert.match(bad.stderr, /^paperlake: query: Catalog Error: Table with name no_such_table does not exist!/);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
  const file = join(t.dir, 'saved.sql');
  writeFileSync(file, '\uFEFF-- papers by votes\nselect arxiv_id, votes\nfrom appearances\norder by votes desc nulls last\nlimit 2;\n');
  const saved = cli(['--file', file, '--format', 'markdown']);
  assert.equal(saved.status, 0, saved.stderr);
  assert.match(saved.stdout, /^\| arxiv_id \| votes \|\n\|---\|---:\|\n\| \d{4}\.\d{5} \| \d+ \|\n/);
  const stdin = cli(['--file', '-', '--format', 'ndjson'], 'select 42 as answer');
  assert.equal(stdin.stdout, '{"answer":42}\n');
  assert.equal(cli(['--file', file, 'select 1']).status, 2);
  assert.equal(cli(['--format', 'xml', 'select 1']).status, 2);
  const piped = cli(['select 1 as a']);
  assert.equal(piped.stdout, 'a\n1\n', 'CSV by default when not on a terminal');
});

test('the lake still verifies after everything', async () => {
  assert.deepEqual(await verifyLake(data), []);
});
