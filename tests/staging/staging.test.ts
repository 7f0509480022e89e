// The hand-offs between stages (src/staging/), directly: the pack format, the readers' errors
// (each names what is missing and which stage makes it), the manifest's schema check.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serialize } from 'node:v8';
import { SCHEMA_VERSION } from '../../src/schema/tables.js';
import { readExtractIndex, readHfDays, readPaperIndex, StagedDigests, type ExtractIndexEntry } from '../../src/staging/extract.js';
import { lakeMissing, readManifest } from '../../src/staging/lake.js';
import { hfFileDate, hfFileName, layout } from '../../src/staging/layout.js';
import { Pack, packBytes, packFile, packGroup } from '../../src/staging/pack.js';
import { readTransformIndex } from '../../src/staging/transform.js';
import { tempDir } from '../helpers.js';

const t = tempDir('paperlake-staging-');
after(() => t.cleanup());

test("a pack gives back each member's bytes, and refuses what is not a pack", () => {
  const members = [
    { key: 'a', blob: Buffer.from('first') },
    { key: 'b', blob: Buffer.from('') },
    { key: 'c', blob: serialize({ x: 'ü' }) },
  ];
  const pack = new Pack(Buffer.concat(packBytes(members)));
  for (const m of members) assert.deepEqual(pack.blob(m.key), m.blob);
  assert.equal(pack.blob('d'), undefined);
  assert.throws(() => new Pack(Buffer.from('nope nope')), /not a paperlake pack/);
  assert.throws(() => new Pack(Buffer.concat([...packBytes(members), Buffer.from('x')])), /header says/);
  assert.equal(packGroup('2024-08-16.md'), '2024-08');
  assert.match(packGroup('sub/2024-08-16.md'), /^[0-9a-f]{8}-2024-08$/);
  assert.notEqual(packFile('2024-08', ['a']), packFile('2024-08', ['b']));
});

test('API file names and the dates they stand for', () => {
  assert.equal(hfFileName('2025-03-01'), '2025-03-01.json');
  assert.equal(hfFileDate('2025-03-01.json'), '2025-03-01');
  assert.equal(hfFileDate('2025-02-30.json'), null);
  assert.equal(hfFileDate('notes.json'), null);
});

test('each reader says what is missing and which stage makes it (exit 3)', () => {
  const data = join(t.dir, 'empty');
  const input = (err: Error & { exitCode?: number }) => err.exitCode === 3;
  assert.throws(
    () => readExtractIndex(data),
    (e: Error & { exitCode?: number }) => input(e) && /extract output/.test(e.message),
  );
  assert.throws(
    () => readTransformIndex(data),
    (e: Error & { exitCode?: number }) => input(e) && /transform output/.test(e.message),
  );
  assert.deepEqual(readHfDays(data), []);
  assert.deepEqual(readPaperIndex(data), { text: 'null', index: null });
  const entry = { source_path: '2024-08-16.md', key: 'k', pack: 'gone.pack' } as ExtractIndexEntry;
  assert.throws(
    () => new StagedDigests(data).get(entry),
    (e: Error & { exitCode?: number }) => input(e) && /staged digest .*2024-08-16\.md.*run npm run extract/.test(e.message),
  );
});

test('a lake of another schema version is not read, and says so', () => {
  const data = join(t.dir, 'old');
  const L = layout(data);
  assert.equal(readManifest(data), null);
  assert.match(lakeMissing(data).message, /no lake at/);
  mkdirSync(L.lake, { recursive: true });
  writeFileSync(L.manifest, JSON.stringify({ schema_version: SCHEMA_VERSION - 1, staged_sha256: '', inputs: [], tables: {} }));
  assert.equal(readManifest(data), null);
  assert.equal(lakeMissing(data).exitCode, 3);
  assert.match(lakeMissing(data).message, new RegExp(`schema version ${SCHEMA_VERSION - 1}, this code reads ${SCHEMA_VERSION}`));
  writeFileSync(L.manifest, JSON.stringify({ schema_version: SCHEMA_VERSION, staged_sha256: '', inputs: [], tables: {} }));
  assert.equal(readManifest(data)?.schema_version, SCHEMA_VERSION);
  const file = join(t.dir, 'a-file');
  writeFileSync(file, '');
  assert.equal(lakeMissing(file).exitCode, 2);
});
