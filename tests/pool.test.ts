// The worker pool (src/pool.ts) on its own: results in job order, every job once when streamed,
// a job's error back as one PaperlakeError with the job's exit code, jobs taken lazily.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { EXIT_INPUT, PaperlakeError } from '../src/errors.js';
import { createPool, type Task } from '../src/pool.js';

const script = new URL('./fixtures/square-worker.ts', import.meta.url).href;
const task = (job: number, offset = 0): Task<number> => ({ script, setup: { offset }, job });

describe('worker pool', () => {
  const pool = createPool<number, number>(2);
  after(() => pool.close());

  it('run gives results in job order, whatever order the threads finish in', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => task(i, 1));
    assert.deepEqual(
      await pool.run(jobs),
      jobs.map((t) => t.job * t.job + 1),
    );
  });

  it('each delivers every job once, with its index', async () => {
    const seen = new Map<number, number>();
    await pool.each(
      Array.from({ length: 25 }, (_, i) => task(i)),
      (r, i) => {
        assert.ok(!seen.has(i), `job ${i} twice`);
        seen.set(i, r);
      },
    );
    assert.deepEqual(
      [...seen.keys()].sort((a, b) => a - b),
      Array.from({ length: 25 }, (_, i) => i),
    );
    for (const [i, r] of seen) assert.equal(r, i * i);
  });

  it("a job's error comes back as one PaperlakeError with the job's exit code", async () => {
    await assert.rejects(
      pool.run([task(2), task(-3), task(4)]),
      (e: unknown) => e instanceof PaperlakeError && e.exitCode === EXIT_INPUT && /-3 is negative/.test(e.message),
    );
    // the pool still works after a failed job, and no answer of the failed call leaks into the next
    for (let round = 0; round < 5; round++) {
      await assert.rejects(pool.run([task(-1), ...Array.from({ length: 12 }, (_, i) => task(i + 2))]));
      const jobs = Array.from({ length: 10 }, (_, i) => task(i + 100));
      assert.deepEqual(
        await pool.run(jobs),
        jobs.map((t) => t.job * t.job),
      );
    }
  });

  it('takes jobs from a generator only as threads free up', async () => {
    let made = 0;
    function* jobs() {
      for (let i = 0; i < 30; i++) {
        made++;
        yield task(i);
      }
    }
    let maxAhead = 0;
    let got = 0;
    await pool.each(jobs(), () => {
      got++;
      maxAhead = Math.max(maxAhead, made - got);
    });
    assert.equal(got, 30);
    assert.ok(maxAhead <= 2 * 2, `at most two jobs per thread made ahead (saw ${maxAhead})`);
  });
});
