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
