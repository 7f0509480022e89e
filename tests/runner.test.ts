// The stage runner (src/runner.ts) and the pool under it (src/pool.ts): one policy for threads
// or this thread, the same results either way, one pool shared by several stages' jobs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { orphans, StageRunner, sweep, Threads, writeIfChanged } from '../src/runner.js';
import { square } from './fixtures/square-worker.js';

const script = new URL('./fixtures/square-worker.ts', import.meta.url);
const runner = (threads: Threads | undefined, parallelFrom: number, offset = 0) =>
  new StageRunner<number, number>({ script, setup: { offset }, local: (n) => square(n, offset), threads, parallelFrom });

describe('stage runner', () => {
  it('gives the same results in job order in this thread and on threads', async () => {
    const jobs = Array.from({ length: 50 }, (_, i) => i);
    for (const from of [1, Infinity]) {
      const r = runner(undefined, from);
      let done = 0;
      assert.deepEqual(
        await r.run(jobs, { work: jobs.length, from: 10 }, () => done++),
        jobs.map((n) => n * n),
      );
      assert.equal(done, 50);
      await r.close();
    }
  });

  it('uses threads from the threshold on, unless the stage was told otherwise', () => {
    const r = new StageRunner<number, number>({ script, local: square });
    assert.equal(r.parallel(499, 500), false);
    assert.equal(r.parallel(500, 500), true);
    assert.equal(runner(undefined, Infinity).parallel(1e9, 500), false);
    assert.equal(runner(undefined, 1).parallel(1, 500), true);
  });

  it("a job's error on a thread names the job and keeps its exit code", async () => {
    for (const from of [1, Infinity]) {
      const r = runner(undefined, from);
      await assert.rejects(
        r.run([1, -2, 3], { work: 3, from: 1 }),
        (err: Error & { exitCode?: number }) =>
          err.exitCode === 3 && /-2 is negative/.test(err.message) && (from === Infinity || /number -2/.test(err.message)),
      );
      await r.close();
    }
  });

  it('one pool serves several stages, each set up on its own, and outlives them', async () => {
    const threads = new Threads();
    try {
      const a = runner(threads, 1, 0),
        b = runner(threads, 1, 1000);
      assert.deepEqual(await a.run([2, 3], { work: 2, from: 1 }), [4, 9]);
      await a.close(); // the shared pool stays
      assert.deepEqual(await b.run([2, 3], { work: 2, from: 1 }), [1004, 1009]);
      const seen: number[] = [];
      await a.each([4, 5, 6], (r) => seen.push(r), { work: 3, from: 1, ahead: Infinity });
      assert.deepEqual(
        seen.sort((x, y) => x - y),
        [16, 25, 36],
      );
    } finally {
      await threads.close();
    }
  });
});

describe('stage output folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paperlake-runner-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an index is written only when its text changed', () => {
    const f = join(dir, '_index.json');
    assert.equal(writeIfChanged(f, '{"a":1}'), true);
    const mtime = statSync(f).mtimeMs;
    assert.equal(writeIfChanged(f, '{"a":1}'), false);
    assert.equal(statSync(f).mtimeMs, mtime);
    assert.equal(writeIfChanged(f, '{"a":2}'), true);
  });

  it('orphans are what no index names: entries of a folder, or every file below it', () => {
    const d = join(dir, 'lake');
    mkdirSync(join(d, 't', 'year=2024'), { recursive: true });
    for (const f of ['t/year=2024/part-a.parquet', 't/year=2024/part-b.parquet', 't/part-c.parquet', 'x.tmp-1-2'])
      writeFileSync(join(d, f), '');
    assert.deepEqual(
      orphans(join(d, 't'), (rel) => rel === 'year=2024/part-a.parquet', true)
        .map((p) => p.slice(d.length + 1))
        .sort(),
      ['t/part-c.parquet', 't/year=2024/part-b.parquet'],
    );
    assert.deepEqual(
      orphans(d, (name) => name !== 'x.tmp-1-2').map((p) => p.slice(d.length + 1)),
      ['x.tmp-1-2'],
    );
    assert.equal(sweep(orphans(d, (name) => name === 'x.tmp-1-2')), 1); // the folder t, whole
    assert.deepEqual(readdirSync(d), ['x.tmp-1-2']);
    assert.deepEqual(
      orphans(join(d, 'missing'), () => false),
      [],
    );
  });
});
