// Incremental, crash-safe loads on the real corpus: nothing rewritten without a change, one new
// digest touches only its partitions and equals a build from scratch, SIGKILL at any moment
// leaves a consistent lake, and concurrent runs do not corrupt it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readManifest, type Manifest } from '../../src/staging/lake.js';
import { verifyLake } from '../../src/staging/verify.js';
import { ROOT } from '../../src/paths.js';
import { CORPUS, corpusFiles, runPipeline, tempDir } from '../helpers.js';

const t = tempDir();
after(() => t.cleanup());

function digestsDir(name: string, files: string[]): string {
  const dir = join(t.dir, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(join(CORPUS, f), join(dir, f));
  return dir;
}
// the data folder beside, never inside, the digests folder (a lake inside would be read as input)
const paths = (digests: string, data: string) => ({ digests, data: join(t.dir, 'data', data), reports: join(t.dir, 'reports', data) });

/** Every lake file with its identity: a rewrite changes the inode (rename) or mtime. */
function snapshot(data: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        out.set(relative(data, p), `${s.ino}:${s.mtimeMs}:${s.size}`);
      }
    }
  };
  walk(join(data, 'lake'));
  return out;
}

/** Partition contents by their staged hash: equal maps mean equal tables. */
const contents = (m: Manifest) =>
  Object.fromEntries(
    Object.entries(m.tables).map(([t, parts]) => [t, Object.fromEntries(Object.entries(parts).map(([p, f]) => [p, f.source_sha256]))]),
  );

const all = corpusFiles();
const last = all[all.length - 1];

test('no input change: the second run rewrites no lake file and the lake is identical', async () => {
  const p = paths(digestsDir('all', all), 'same');
  await runPipeline(p);
  const before = snapshot(p.data);
  const out = await runPipeline(p);
  assert.match(out[2], /\(0 written, 0 removed\)/);
  assert.deepEqual(snapshot(p.data), before);
  assert.deepEqual(await verifyLake(p.data), []);
});

test('adding one digest rewrites only its partitions and equals a from-scratch build', async () => {
  const dir = digestsDir('grow', all.slice(0, -1));
  const p = paths(dir, 'grow');
  await runPipeline(p);
  const before = readManifest(p.data)!;
  copyFileSync(join(CORPUS, last), join(dir, last));
  const start = Date.now();
  await runPipeline(p);
  const ms = Date.now() - start;
  const after = readManifest(p.data)!;
  // which partitions may change: the new digest's year, and those its papers first appeared in
  const periods = (f: string) => [`year=${f.slice(0, 4)}`];
  const ids = [...readFileSync(join(CORPUS, last), 'utf8').matchAll(/arxiv\.org\/abs\/([\d.]+)\)/g)].map((m) => m[1]);
  const allowed = new Set([...periods(last), 'all']);
  for (const f of all.slice(0, -1))
    if (ids.some((id) => readFileSync(join(CORPUS, f), 'utf8').includes(`abs/${id})`))) periods(f).forEach((x) => allowed.add(x));
  for (const [table, parts] of Object.entries(after.tables)) {
    for (const [part, f] of Object.entries(parts)) {
      if (before.tables[table]?.[part]?.source_sha256 !== f.source_sha256) assert.ok(allowed.has(part), `${table}/${part} was rewritten`);
    }
  }
  const scratch = paths(digestsDir('scratch', all), 'scratch');
  await runPipeline(scratch);
  assert.deepEqual(contents(after), contents(readManifest(scratch.data)!));
  assert.ok(ms < 60_000);
});

test('a changed and a deleted digest are reflected exactly; --full rebuilds to the same lake', async () => {
  const files = all.slice(0, 40);
  const dir = digestsDir('edit', files);
  const p = paths(dir, 'edit');
  await runPipeline(p);
  const changed = readFileSync(join(dir, files[10]), 'utf8')
    .replace(/^Vote: (\d+)$/m, (_, v) => `Vote: ${Number(v) + 1000}`)
    .replace(/^### \[/m, '### [Edited: ');
  writeFileSync(join(dir, files[10]), changed + '\n');
  rmSync(join(dir, files[20]));
  await runPipeline(p);
  const ref = digestsDir(
    'edit-ref',
    files.filter((f) => f !== files[20]),
  );
  writeFileSync(join(ref, files[10]), changed + '\n');
  const scratch = paths(ref, 'edit-scratch');
  await runPipeline(scratch);
  assert.deepEqual(contents(readManifest(p.data)!), contents(readManifest(scratch.data)!));
  await runPipeline({ ...p, full: true });
  assert.deepEqual(contents(readManifest(p.data)!), contents(readManifest(scratch.data)!));
  assert.deepEqual(await verifyLake(p.data), []);
});

test('a paper listed again in a later year changes the paper rows of its first year, and only those', async () => {
  const early = all.find((f) => /^Vote: \d+$/m.test(readFileSync(join(CORPUS, f), 'utf8')))!;
  const later = all.find((f) => f.slice(0, 4) > early.slice(0, 4))!;
  const dir = digestsDir('again', [early, later]);
  const p = paths(dir, 'again');
  await runPipeline(p);
  const before = readManifest(p.data)!;
  // the first entry of the early digest, listed again later with many more votes
  const lines = readFileSync(join(dir, early), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.startsWith('### ['));
  const to = lines.findIndex((l, i) => i > from && l.startsWith('### ['));
  const entry = lines
    .slice(from, to)
    .join('\n')
    .replace(/^Vote: .*$/m, 'Vote: 9999');
  assert.match(entry, /Vote: 9999/);
  writeFileSync(join(dir, later), `${readFileSync(join(dir, later), 'utf8').trimEnd()}\n\n${entry}\n`);
  await runPipeline(p);
  const after = readManifest(p.data)!;
  const year = `year=${early.slice(0, 4)}`;
  assert.notEqual(
    after.tables.papers[year].source_sha256,
    before.tables.papers[year].source_sha256,
    'the papers of the early year were rewritten',
  );
  assert.equal(after.tables.sections[year].source_sha256, before.tables.sections[year].source_sha256, 'the rows of its digests were not');
  const scratch = paths(digestsDir('again-ref', []), 'again-scratch');
  for (const f of [early, later]) copyFileSync(join(dir, f), join(scratch.digests, f));
  await runPipeline(scratch);
  assert.deepEqual(contents(after), contents(readManifest(scratch.data)!));
});

// `node --import tsx`, not the tsx CLI: that one forks a child, and SIGKILL would miss it
const run = (p: { digests: string; data: string; reports: string }) =>
  spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'pipeline', 'run.ts'), '--digests', p.digests, '--data', p.data, '--reports', p.reports],
    { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );

test('SIGKILL at random moments: the lake stays consistent, and the next run completes it', async () => {
  const files = all.slice(0, 80);
  const dir = digestsDir('kill', files.slice(0, 40));
  const p = paths(dir, 'kill');
  await runPipeline(p);
  const reference = paths(digestsDir('kill-ref', files), 'kill-ref');
  await runPipeline(reference);
  let seed = 20261124;
  let killed = 0;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 8; i++) {
    // new input each round, so every run has work to be interrupted in
    for (const f of files.slice(40 + i * 5, 45 + i * 5)) copyFileSync(join(CORPUS, f), join(dir, f));
    const child = run(p);
    const delay = 300 + Math.floor(rnd() * 2500);
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    if ((await exited) === null) killed++;
    clearTimeout(timer);
    assert.deepEqual(await verifyLake(p.data), [], `consistent after a kill at ${delay} ms`);
  }
  assert.ok(killed >= 4, `most runs were killed mid-way (${killed}/8)`);
  const done = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'pipeline', 'run.ts'), '--digests', p.digests, '--data', p.data, '--reports', p.reports],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  assert.equal(done.status, 0, done.stderr);
  assert.deepEqual(contents(readManifest(p.data)!), contents(readManifest(reference.data)!));
});

test('two concurrent runs: one waits its turn or is refused with the lock message; the lake is never corrupt', async () => {
  const files = all.slice(100, 160);
  const p = paths(digestsDir('race', files), 'race');
  const a = run(p),
    b = run(p);
  const outcome = (c: ReturnType<typeof run>) =>
    new Promise<{ code: number | null; err: string }>((res) => {
      let err = '';
      c.stderr!.on('data', (d) => {
        err += d;
      });
      c.on('exit', (code) => res({ code, err }));
    });
  const [ra, rb] = await Promise.all([outcome(a), outcome(b)]);
  assert.ok(ra.code === 0 || rb.code === 0, 'one of them finished');
  for (const r of [ra, rb]) {
    if (r.code !== 0) {
      assert.equal(r.code, 75);
      assert.match(r.err, /another paperlake run \(pid \d+\) is using/);
    }
  }
  assert.deepEqual(await verifyLake(p.data), []);
  const scratch = paths(digestsDir('race-ref', files), 'race-ref');
  await runPipeline(scratch);
  assert.deepEqual(contents(readManifest(p.data)!), contents(readManifest(scratch.data)!));
});

test('worker threads extract, transform and load exactly what the in-process path does', async () => {
  const { extractStage } = await import('../../src/extract/stage.js');
  const { transformStage } = await import('../../src/transform/stage.js');
  const { loadStage } = await import('../../src/load/stage.js');
  const { REFERENCE_DIR } = await import('../../src/paths.js');
  const dir = digestsDir('workers', all.slice(0, 30));
  const build = async (data: string, parallelFrom: number) => {
    await extractStage(dir, data, undefined, false, { parallelFrom });
    const staged = readFileSync(join(data, 'staging', 'extract', '_index.json'), 'utf8');
    await transformStage(data, REFERENCE_DIR, { parallelFrom });
    await loadStage(data, { parallelFrom });
    assert.deepEqual(await verifyLake(data), []);
    return { staged, tables: readManifest(data)!.tables };
  };
  assert.deepEqual(await build(join(t.dir, 'w-threads'), 1), await build(join(t.dir, 'w-inline'), Infinity));
  // a missing input met on a worker thread is the same error, with the same exit code, as in-process
  const staged = join(t.dir, 'w-threads', 'staging', 'extract');
  rmSync(join(staged, readdirSync(staged).find((d) => d.endsWith('.pack'))!));
  for (const parallelFrom of [1, Infinity]) {
    await assert.rejects(
      transformStage(join(t.dir, 'w-threads'), REFERENCE_DIR, { full: true, parallelFrom }),
      (err: Error & { exitCode?: number }) => err.exitCode === 3 && /staged digest .* is missing/.test(err.message),
    );
  }
});
