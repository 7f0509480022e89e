// The extract stage's staging: digests packed by month, and only what changed parsed again.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { extractStage } from '../../src/extract/stage.js';
import { StagedDigests, type ExtractIndex } from '../../src/staging/extract.js';
import { parseDigest } from '../../src/extract/parse.js';
import { CORPUS, corpusFiles, tempDir } from '../helpers.js';

const t = tempDir();
after(t.cleanup);

const index = (data: string) => JSON.parse(readFileSync(join(data, 'staging', 'extract', '_index.json'), 'utf8')) as ExtractIndex;
const packs = (data: string) =>
  new Map(
    readdirSync(join(data, 'staging', 'extract'))
      .filter((f) => f.endsWith('.pack'))
      .map((f) => [f, statSync(join(data, 'staging', 'extract', f)).mtimeMs]),
  );

test('staged digests: one pack per month of files; a change re-parses only the changed files and rewrites only their pack', async () => {
  // two months of the corpus, with the files of both
  const months = [...new Set(corpusFiles().map((f) => f.slice(0, 7)))].slice(2, 4);
  const files = corpusFiles().filter((f) => months.includes(f.slice(0, 7)));
  const dir = join(t.dir, 'digests');
  const data = join(t.dir, 'data');
  mkdirSync(dir);
  for (const f of files) copyFileSync(join(CORPUS, f), join(dir, f));

  const first = await extractStage(dir, data);
  assert.equal(first.parsed, files.length);
  assert.equal(packs(data).size, 2);
  // what a reader gets back is what the parser made
  const staged = new StagedDigests(data);
  for (const e of index(data).files) {
    assert.deepEqual(staged.get(e), parseDigest(readFileSync(join(dir, e.source_path)), e.source_path, e.content_sha256));
  }

  // edit one file of the first month, delete one of the second
  const [edited, deleted] = [files[0], files[files.length - 1]];
  const before = packs(data);
  writeFileSync(join(dir, edited), readFileSync(join(dir, edited), 'utf8').replace(/Vote: \d+/, 'Vote: 99999'));
  unlinkSync(join(dir, deleted));
  const second = await extractStage(dir, data);
  assert.equal(second.parsed, 1, 'only the edited file is parsed again');
  const after2 = packs(data);
  assert.equal(after2.size, 2, 'the old packs are gone');
  assert.equal([...after2.keys()].filter((f) => before.has(f)).length, 0, 'both months changed: both packs are new');
  const entries = index(data).files;
  assert.deepEqual(
    entries.map((e) => e.source_path),
    files.slice(0, -1),
  );
  const again = new StagedDigests(data);
  for (const e of entries) {
    assert.deepEqual(again.get(e), parseDigest(readFileSync(join(dir, e.source_path)), e.source_path, e.content_sha256), e.source_path);
  }
  assert.ok(again.get(entries[0]).papers.some((p) => p.votes === 99999));

  // no change: nothing parsed, no pack written
  const third = await extractStage(dir, data);
  assert.equal(third.parsed, 0);
  assert.deepEqual(packs(data), after2);
});

test('a damaged pack: reading it names it; --full parses the digests again', async () => {
  const dir = join(t.dir, 'digests2');
  const data = join(t.dir, 'data2');
  mkdirSync(dir);
  const files = corpusFiles().slice(0, 3);
  for (const f of files) copyFileSync(join(CORPUS, f), join(dir, f));
  await extractStage(dir, data);
  const [pack] = packs(data).keys();
  writeFileSync(join(data, 'staging', 'extract', pack), 'not a pack');
  // the index still names it, but its content is gone: reading it fails with the file's name
  assert.throws(() => new StagedDigests(data).get(index(data).files[0]), /staged digest .*\.pack for .* is missing or unreadable/);
  const { parsed } = await extractStage(dir, data, undefined, true);
  assert.equal(parsed, files.length);
  assert.equal(
    new StagedDigests(data).get(index(data).files[0]).papers.length,
    parseDigest(readFileSync(join(dir, files[0])), files[0], 'x').papers.length,
  );
});

test('a data folder kept inside the digests folder is not read as input', async () => {
  const { transformStage } = await import('../../src/transform/stage.js');
  const { loadStage } = await import('../../src/load/stage.js');
  const { REFERENCE_DIR } = await import('../../src/paths.js');
  const t = tempDir();
  try {
    for (const f of ['2024-08-16.md', '2024-08-19.md']) copyFileSync(join(CORPUS, f), join(t.dir, f));
    const data = join(t.dir, 'data');
    await extractStage(t.dir, data);
    await transformStage(data, REFERENCE_DIR);
    await loadStage(data);
    const again = await extractStage(t.dir, data);
    assert.equal(again.files, 2);
    assert.deepEqual(index(data).skipped, [], 'no lake or staging file listed as a skipped input');
  } finally {
    t.cleanup();
  }
});
