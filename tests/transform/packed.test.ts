import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detached, hashPacked, packStrings, stringAt, unpackStrings } from '../../src/transform/packed.js';
import { corpusBytes, corpusFiles } from '../helpers.js';
import { parseDigest } from '../../src/extract/parse.js';

test('packed strings come back as they went in: nulls, empty strings, Korean, emoji, NUL', () => {
  const xs = ['a', null, '', '한국어 이름', '😀 x', '\u0000', 'long enough to be a slice in V8', null];
  const p = packStrings(xs);
  assert.deepEqual(unpackStrings(p), xs);
  assert.deepEqual(unpackStrings(p, 3, 5), xs.slice(3, 5));
  xs.forEach((x, i) => assert.equal(stringAt(p, i), x));
  assert.deepEqual(unpackStrings(packStrings([])), []);
  assert.equal(packStrings(['x']).nulls, null);
});

test('packed strings round-trip every author name of the corpus, and detached copies are equal', () => {
  const names = corpusFiles().flatMap((f) => parseDigest(corpusBytes(f), f, 'x').papers.flatMap((p) => p.authors));
  assert.ok(names.length > 10000);
  const p = packStrings(names);
  assert.deepEqual(unpackStrings(p), names);
  for (let i = 0; i < names.length; i += 97) assert.equal(detached(stringAt(p, i)!), names[i]);
});

test('a detached string does not keep its packed text alive', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  // 64 texts of 1 MB, a name kept from each
  const kept = Array.from({ length: 64 }, (_, i) =>
    detached(stringAt(packStrings([`${i}`.repeat(1 << 20), 'Jae-Hyun Kim-Lee the Third']), 1)!),
  );
  gc();
  assert.ok(
    process.memoryUsage().heapUsed - before < 16 << 20,
    `${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(0)} MB kept for ${kept.length} names`,
  );
  assert.equal(kept[63], 'Jae-Hyun Kim-Lee the Third');
});

test('the hash of packed strings tells apart where strings end and which are null', () => {
  const h = (xs: (string | null)[]) => {
    const x = createHash('sha256');
    hashPacked(x, packStrings(xs));
    return x.digest('hex');
  };
  assert.notEqual(h(['ab', 'c']), h(['a', 'bc']));
  assert.notEqual(h([null]), h(['']));
  assert.equal(h(['a', null]), h(['a', null]));
});
