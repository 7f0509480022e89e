import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containsAny, matchesIn, memoString } from '../../src/util/memo.js';

test('memoString: the function once per string, long strings not kept, the map emptied when full', () => {
  const calls: string[] = [];
  const f = memoString(
    (s: string) => {
      calls.push(s);
      return s.length ? s.toUpperCase() : null;
    },
    2,
    5,
  );
  assert.equal(f('ab'), 'AB');
  assert.equal(f('ab'), 'AB');
  assert.equal(f(''), null);
  assert.equal(f(''), null); // (a remembered null or undefined is remembered too)
  assert.deepEqual(calls, ['ab', '']);
  assert.equal(f('abcdef'), 'ABCDEF');
  assert.equal(f('abcdef'), 'ABCDEF');
  assert.deepEqual(calls, ['ab', '', 'abcdef', 'abcdef']);
  f('x'); // full: emptied, then kept
  f('ab');
  assert.deepEqual(calls.slice(4), ['x', 'ab']);
});

test('containsAny: any of the needles', () => {
  assert.equal(containsAny('X 벤치마크에서', ['데이터', '벤치']), true);
  assert.equal(containsAny('X에서', ['데이터', '벤치']), false);
  assert.equal(containsAny('anything', []), false);
});

test('matchesIn: the matches exec finds from 0, the same array for the same text', () => {
  const re = /\d+/g;
  const a = matchesIn(re, 'a 12 b 345');
  assert.deepEqual(
    a.map((m) => [m.index, m[0]]),
    [
      [2, '12'],
      [7, '345'],
    ],
  );
  re.lastIndex = 5; // whatever the regex was left at
  assert.equal(matchesIn(re, 'a 12 b 345'), a);
  assert.deepEqual(matchesIn(/x*/g, 'ab').length, 3); // (empty matches step on)
});
