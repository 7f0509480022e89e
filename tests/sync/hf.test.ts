// npm run sync -- --hf against a loopback server playing synthetic days: retries on 429, 500, a
// timeout and truncated JSON, an empty day, a polite rate, resuming after a kill, offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { syncHf } from '../../src/sync/hf.js';
import { checkDay, dateRange, missingDates, retryDelay } from '../../src/sync/plan.js';
import { tempDir } from '../helpers.js';
import { fixtureServer, hfItem, type Answer } from './fixtures.js';

// node itself, not the tsx wrapper: a kill must reach the process that syncs
const SYNC = ['--import', 'tsx', join(ROOT, 'pipeline', 'sync.ts')];
const syncCli = (args: string[]) =>
  spawnSync(process.execPath, [...SYNC, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, CI: 'true' } });

const day = (date: string, ids: string[]) => ids.map((id) => hfItem(id, date));
const D = {
  '2025-03-10': day('2025-03-10', ['2503.07001', '2503.07002']),
  '2025-03-11': day('2025-03-11', ['2503.08001']),
  '2025-03-12': day('2025-03-12', ['2503.09001']),
  '2025-03-13': day('2025-03-13', ['2503.10001']),
  '2025-03-14': day('2025-03-14', ['2503.02130', '2503.11002']),
};
/** Every trouble the issue names, each followed by a good answer; 03-15 is an empty day. */
const troubled = (): Record<string, Answer[]> => ({
  '2025-03-10': [{ json: D['2025-03-10'] }],
  '2025-03-11': [{ status: 429, retryAfter: '0' }, { json: D['2025-03-11'] }],
  '2025-03-12': [{ status: 500 }, { status: 503 }, { json: D['2025-03-12'] }],
  '2025-03-13': [{ hang: true }, { json: D['2025-03-13'] }],
  '2025-03-14': [{ truncated: D['2025-03-14'] }, { json: D['2025-03-14'] }],
  '2025-03-15': [{ json: [] }],
});
const fast = { timeoutMs: 300, backoffMs: 10, rate: 200, concurrency: 3 };
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

test('plan: date ranges, missing dates, backoff and Retry-After, a day must be a JSON array', () => {
  assert.deepEqual(dateRange('2024-02-28', '2024-03-01'), ['2024-02-28', '2024-02-29', '2024-03-01']);
  assert.deepEqual(missingDates('2025-03-10', '2025-03-12', ['2025-03-11', '2025-01-01']), ['2025-03-10', '2025-03-12']);
  assert.equal(retryDelay(1, 1000, '3'), 3000);
  assert.equal(retryDelay(1, 1000, '600', 0, Math.random, 60_000), 60_000, 'capped');
  assert.equal(
    retryDelay(3, 1000, null, 0, () => 1),
    4000,
    'doubling: 1, 2, 4 s at most',
  );
  assert.equal(
    retryDelay(3, 1000, null, 0, () => 0),
    2000,
    'jitter keeps at least half',
  );
  assert.deepEqual(checkDay('[]'), { ok: true, items: 0 });
  assert.equal(checkDay('[{"paper":{"id":"2503.0').ok, false);
  assert.equal(checkDay('{"error":"x"}').ok, false);
});

test('sync --hf: 429, 500/503, a timeout and truncated JSON are retried; an empty day is saved as []', async () => {
  const srv = await fixtureServer(troubled());
  const tmp = tempDir();
  try {
    const retries: string[] = [];
    const r = await syncHf({
      dir: tmp.dir,
      since: '2025-03-10',
      until: '2025-03-15',
      baseUrl: srv.url,
      ...fast,
      onRetry: (d, why) => retries.push(`${d}: ${why}`),
    });
    assert.deepEqual(r.failed, []);
    assert.deepEqual(
      r.fetched.map((f) => [f.date, f.items]),
      [
        ['2025-03-10', 2],
        ['2025-03-11', 1],
        ['2025-03-12', 1],
        ['2025-03-13', 1],
        ['2025-03-14', 2],
        ['2025-03-15', 0],
      ],
    );
    const got = files(tmp.dir);
    assert.deepEqual(Object.keys(got), [
      '2025-03-10.json',
      '2025-03-11.json',
      '2025-03-12.json',
      '2025-03-13.json',
      '2025-03-14.json',
      '2025-03-15.json',
    ]);
    assert.deepEqual(JSON.parse(got['2025-03-14.json']), D['2025-03-14'], 'the good answer, not the truncated one');
    assert.equal(got['2025-03-15.json'], '[]');
    assert.equal(retries.length, 5, retries.join('\n'));
    assert.ok(retries.some((x) => /2025-03-11: HTTP 429/.test(x)) && retries.some((x) => /2025-03-12: HTTP 503/.test(x)));
    assert.ok(retries.some((x) => /2025-03-13: no answer within 0.3 s/.test(x)) && retries.some((x) => /2025-03-14: truncated/.test(x)));
    assert.ok(srv.maxInFlight <= 3, `at most 3 in flight, saw ${srv.maxInFlight}`);
    // a second run asks for nothing: every date has its file
    const before = srv.requests.length;
    const again = await syncHf({ dir: tmp.dir, since: '2025-03-10', until: '2025-03-15', baseUrl: srv.url, ...fast });
    assert.equal(srv.requests.length, before);
    assert.equal(again.present, 6);
  } finally {
    await srv.close();
    tmp.cleanup();
  }
});

test('sync --hf: requests start no faster than --rate, with bounded concurrency', async () => {
  const script: Record<string, Answer[]> = {};
  for (const d of dateRange('2025-04-01', '2025-04-08')) script[d] = [{ json: day(d, ['2504.00001']) }];
  const srv = await fixtureServer(script);
  const tmp = tempDir();
  try {
    await syncHf({ dir: tmp.dir, since: '2025-04-01', until: '2025-04-08', baseUrl: srv.url, rate: 20, concurrency: 2, timeoutMs: 2000 });
    const at = srv.requests.map((q) => q.at).sort((a, b) => a - b);
    assert.equal(at.length, 8);
    // 20/s: starts 50 ms apart (arrivals jitter by a few ms; unbounded, all 8 come within ~10 ms)
    assert.ok(at[7] - at[0] >= 300, `8 requests over ${at[7] - at[0]} ms`);
    for (let i = 0; i + 2 < at.length; i++) assert.ok(at[i + 2] - at[i] >= 50, `3 requests within ${at[i + 2] - at[i]} ms`);
    assert.ok(srv.maxInFlight <= 2);
  } finally {
    await srv.close();
    tmp.cleanup();
  }
});

test('sync --hf: a date that keeps failing exits 69 with one line; the rest are saved, and a rerun fetches only it', async () => {
  const script = troubled();
  script['2025-03-12'] = [{ status: 500 }];
  const srv = await fixtureServer(script);
  const tmp = tempDir();
  try {
    const r = syncCliAsync([
      '--hf',
      '--data',
      tmp.dir,
      '--since',
      '2025-03-10',
      '--until',
      '2025-03-15',
      '--hf-url',
      srv.url,
      '--timeout',
      '0.3',
      '--attempts',
      '2',
      '--rate',
      '100',
    ]);
    const res = await r;
    assert.equal(res.status, 69, res.stderr);
    const errors = res.stderr.split('\n').filter((l) => l.startsWith('paperlake:'));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^paperlake: sync: 1 date\(s\) could not be fetched \(2025-03-12: HTTP 500 after 2 attempts\)/);
    assert.deepEqual(readdirSync(join(tmp.dir, 'hf')).sort(), [
      '2025-03-10.json',
      '2025-03-11.json',
      '2025-03-13.json',
      '2025-03-14.json',
      '2025-03-15.json',
    ]);
    assert.match(res.stdout, /^added 2025-03-10\.json \(2 papers\)$/m);
    script['2025-03-12'].splice(0, 1, { json: D['2025-03-12'] });
    const n = srv.requests.length;
    const ok = await syncCliAsync([
      '--hf',
      '--data',
      tmp.dir,
      '--since',
      '2025-03-10',
      '--until',
      '2025-03-15',
      '--hf-url',
      srv.url,
      '--rate',
      '100',
    ]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(
      srv.requests.slice(n).map((q) => q.date),
      ['2025-03-12'],
    );
    assert.match(ok.stdout, /1 dates fetched \(0 empty\), 5 already present, 0 failed/);
  } finally {
    await srv.close();
    tmp.cleanup();
  }
});

/** The CLI in a child process, without blocking this one (the server lives here). */
function syncCliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...SYNC, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

test('sync --hf killed midway, then run again, leaves exactly the files of one uninterrupted run', async () => {
  const dates = dateRange('2025-03-10', '2025-03-15');
  const good: Record<string, Answer[]> = Object.fromEntries(dates.map((d) => [d, [{ json: (D as Record<string, unknown>)[d] ?? [] }]]));
  const stuck: Record<string, Answer[]> = { ...good, '2025-03-13': [{ hang: true }] };
  const single = tempDir();
  const killed = tempDir();
  const srvGood = await fixtureServer(good);
  const srvStuck = await fixtureServer(stuck);
  try {
    const args = (data: string, url: string) => [
      '--hf',
      '--data',
      data,
      '--since',
      '2025-03-10',
      '--until',
      '2025-03-15',
      '--hf-url',
      url,
      '--rate',
      '100',
      '--concurrency',
      '1',
    ];
    assert.equal((await syncCliAsync(args(single.dir, srvGood.url))).status, 0);
    // concurrency 1: 03-10 … 03-12 are saved, then the process waits on 03-13 and is killed
    const child = spawn(process.execPath, [...SYNC, ...args(killed.dir, srvStuck.url)], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
      stdio: 'ignore',
    });
    const hf = join(killed.dir, 'hf');
    for (let i = 0; i < 300 && !(existsSync(hf) && readdirSync(hf).includes('2025-03-12.json')); i++)
      await new Promise((r) => setTimeout(r, 50));
    while (!srvStuck.requests.some((q) => q.date === '2025-03-13')) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise((r) => child.on('exit', r));
    process.kill(child.pid!, 'SIGKILL');
    await exited;
    assert.deepEqual(readdirSync(hf).sort(), ['2025-03-10.json', '2025-03-11.json', '2025-03-12.json']);
    const n = srvGood.requests.length;
    const resumed = await syncCliAsync(args(killed.dir, srvGood.url));
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.deepEqual(
      srvGood.requests.slice(n).map((q) => q.date),
      ['2025-03-13', '2025-03-14', '2025-03-15'],
      'only the missing dates',
    );
    assert.deepEqual(files(hf), files(join(single.dir, 'hf')));
  } finally {
    await srvGood.close();
    await srvStuck.close();
    single.cleanup();
    killed.cleanup();
  }
});

test('sync --hf offline: one line, exit 69, nothing written', async () => {
  // a port nothing listens on: taken, then freed
  const port = await new Promise<number>((r) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => r(p));
    });
  });
  const tmp = tempDir();
  try {
    const res = syncCli([
      '--hf',
      '--data',
      tmp.dir,
      '--since',
      '2025-03-10',
      '--until',
      '2025-03-12',
      '--hf-url',
      `http://127.0.0.1:${port}/api/daily_papers`,
    ]);
    assert.equal(res.status, 69, res.stderr);
    assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
    assert.match(res.stderr, /^paperlake: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): are you offline\?/);
    assert.deepEqual(readdirSync(join(tmp.dir, 'hf')), []);
  } finally {
    tmp.cleanup();
  }
});

test('sync: bad options are exit 2', () => {
  const r = syncCli(['--hf', '--since', '2025-13-01']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^paperlake: --since must be a date/);
  assert.equal(syncCli(['--since', '2025-01-01']).status, 2, '--since without --hf');
  assert.equal(syncCli(['--hf', '--rate', '0']).status, 2);
});
