import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTransient, writeAtomic } from '../src/fsx.js';
import { CORPUS, corpusFiles, tempDir } from './helpers.js';

test('writeAtomic writes strings, bytes and chunks whole, and leaves no temporary behind', () => {
  const { dir, cleanup } = tempDir();
  try {
    const big = Buffer.alloc(3 << 20, 7);
    const chunks = [Buffer.from('PLK1'), new Uint8Array(0), big.subarray(1), Buffer.from('한국어 ✓')];
    writeAtomic(join(dir, 'a'), chunks);
    assert.ok(readFileSync(join(dir, 'a')).equals(Buffer.concat(chunks)));
    writeAtomic(join(dir, 'b'), '한국어 text');
    assert.equal(readFileSync(join(dir, 'b'), 'utf8'), '한국어 text');
    writeAtomic(join(dir, 'c'), big, true);
    assert.ok(readFileSync(join(dir, 'c')).equals(big));
    assert.deepEqual(readdirSync(dir).sort(), ['a', 'b', 'c']);
  } finally {
    cleanup();
  }
});

test("readTransient returns each file's bytes, small or larger than its buffer", () => {
  const { dir, cleanup } = tempDir();
  try {
    const big = Buffer.alloc(5 << 20);
    for (let i = 0; i < big.length; i++) big[i] = i * 31;
    writeAtomic(join(dir, 'big'), big);
    for (const f of corpusFiles().slice(0, 20)) assert.ok(readTransient(join(CORPUS, f)).equals(readFileSync(join(CORPUS, f))), f);
    assert.ok(readTransient(join(dir, 'big')).equals(big));
    assert.ok(readTransient(join(CORPUS, corpusFiles()[0])).equals(readFileSync(join(CORPUS, corpusFiles()[0]))));
    writeAtomic(join(dir, 'empty'), '');
    assert.equal(readTransient(join(dir, 'empty')).length, 0);
  } finally {
    cleanup();
  }
});
