// The fast UTF-8 paths give exactly what Node's own codec gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8, encodeUtf8All } from '../src/utf8.js';
import { corpusBytes, corpusFiles } from './helpers.js';

const samples = ['', 'a', '한국어 텍스트', '😀 emoji and 한', 'é'.repeat(600), '가'.repeat(341) + 'a', 'x'.repeat(5000) + '😀'];

test('decodeUtf8 equals Buffer#toString on every corpus file and across the short/long boundary', () => {
  for (const f of corpusFiles()) {
    const b = corpusBytes(f);
    assert.equal(decodeUtf8(b), b.toString('utf8'), f);
  }
  for (const s of samples) {
    const b = Buffer.from(s, 'utf8');
    assert.equal(decodeUtf8(b), s);
    // a view into a larger buffer decodes only its own bytes
    const padded = Buffer.concat([Buffer.from('zz'), b, Buffer.from('zz')]);
    assert.equal(decodeUtf8(padded.subarray(2, 2 + b.length)), s);
  }
});

test('encodeUtf8All: the bytes and offsets of Buffer.from, nulls empty, lone surrogates as U+FFFD', () => {
  const values = [
    ...samples,
    null,
    'a\uD800b',
    '\uDC00',
    ...corpusFiles()
      .slice(0, 20)
      .map((f) => corpusBytes(f).toString('utf8')),
  ];
  const offsets = new Int32Array(values.length + 1);
  const bytes = encodeUtf8All(values, offsets);
  const expected = values.map((v) => Buffer.from(v ?? '', 'utf8'));
  assert.deepEqual(Buffer.from(bytes), Buffer.concat(expected));
  let o = 0;
  expected.forEach((e, i) => {
    o += e.length;
    assert.equal(offsets[i + 1], o, `offset ${i + 1}`);
  });
});
