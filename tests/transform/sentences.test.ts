import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankUrls, sectionSentences, splitSentences } from '../../src/transform/sentences.js';

test('sectionSentences: the sentences of the text with its URLs blanked, offsets kept; the same array when asked again', () => {
  const text = '정확도 91.2%를 달성했습니다. 코드는 https://x.org/a1.2 에 있습니다.\n다음 줄';
  const ss = sectionSentences(text);
  assert.deepEqual(ss, splitSentences(blankUrls(text)));
  assert.equal(blankUrls(text).length, text.length);
  assert.ok(!ss.some((s) => s.text.includes('1.2 ')));
  assert.deepEqual(
    ss.map((s) => s.text),
    ['정확도 91.2%를 달성했습니다.', `코드는 ${' '.repeat('https://x.org/a1.2'.length)} 에 있습니다.`, '다음 줄'],
  );
  for (const s of ss) assert.equal(blankUrls(text).slice(s.start, s.start + s.text.length), s.text);
  assert.equal(sectionSentences(text), ss);
});

test('number words before 배 and -fold are read as digits in their own place; other words with 배 are not', () => {
  for (const [t, want] of [
    ['거의 두 배 향상', '거의  2배 향상'],
    ['속도가 두배 빨라졌다', '속도가 2배 빨라졌다'],
    ['a two-fold speedup', 'a       2x speedup'],
    ['열 배 이상', '10배 이상'],
    ['두 배우가 세배를 드렸다', '두 배우가 세배를 드렸다'],
  ]) {
    assert.equal(blankUrls(t), want);
    assert.equal(blankUrls(t).length, t.length);
  }
});
