// The settings vocabulary (data/reference/settings.csv): which condition a result is reported under,
// each rule on its corpus sentence, and the variants of a system the settings tell apart.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDigest } from '../../src/extract/parse.js';
import { PaperlakeError } from '../../src/errors.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { extractFromSection, metricRows, splitSentences } from '../../src/transform/metrics.js';
import { loadReference, REFERENCE_FILES } from '../../src/transform/reference.js';
import { readSettings } from '../../src/transform/settings.js';
import { corpusBytes, tempDir } from '../helpers.js';

const { benchmarks } = loadReference(REFERENCE_DIR);
const digest = (date: string) => parseDigest(corpusBytes(`${date}.md`), `${date}.md`, 'x');
function sentence(date: string, needle: string): string {
  for (const p of digest(date).papers)
    for (const s of p.sections) for (const x of splitSentences(s.text)) if (x.text.includes(needle)) return x.text;
  throw new Error(`no sentence with "${needle}" in ${date}`);
}
/** value → setting, for every value of the sentence with `needle` */
const settings = (date: string, needle: string) =>
  Object.fromEntries(extractFromSection(sentence(date, needle), benchmarks).map((m) => [m.value, m.setting]));
const rows = (date: string, id: string) => metricRows(digest(date).papers.find((p) => p.arxiv_id === id)!, benchmarks);

test('settings.csv is read and checked on load', () => {
  assert.ok(REFERENCE_FILES.includes('settings.csv'));
  const refs = readSettings(join(REFERENCE_DIR, 'settings.csv'));
  assert.ok(refs.some((r) => r.setting === 'zero-shot' && !r.variant));
  assert.ok(refs.some((r) => r.setting === 'tree search' && r.variant));
  const { dir, cleanup } = tempDir();
  try {
    const head = '# comment\nsetting,aliases,variant\nzero-shot,제로샷,0\n';
    const bad: [string, RegExp][] = [
      ['few-shot,퓨샷;Zero Shot,0\n', /settings\.csv:4: duplicate alias "Zero Shot" \(also on line 3\)/],
      ['few-shot,퓨샷,yes\n', /settings\.csv:4: variant must be 0 or 1, not "yes"/],
      [',퓨샷,0\n', /settings\.csv:4: empty setting/],
      ['few-shot,re:(퓨샷,0\n', /settings\.csv:4: alias "re:\(퓨샷" is not a valid pattern/],
    ];
    for (const [row, message] of bad) {
      const path = join(dir, 'settings.csv');
      writeFileSync(path, head + row);
      assert.throws(
        () => readSettings(path),
        (e: unknown) => e instanceof PaperlakeError && message.test(e.message),
      );
    }
  } finally {
    cleanup();
  }
});

test('a value takes the setting named before it in its sentence, one in brackets after it, or the next in its clause', () => {
  // `few-shot 설정에서 … 61.06%, … 54.36%…, zero-shot 설정에서는 MIMIC-III에서 52.39%`: the nearest before
  assert.deepEqual(settings('2024-06-27', 'zero-shot 설정에서는 MIMIC-III'), { 61.06: 'few-shot', 54.36: 'few-shot', 52.39: 'zero-shot' });
  // `6.3% (재정렬 없이) 및 2.1% (재정렬 있음)`: brackets right after a value are its own
  const r = settings('2024-04-05', '(재정렬 없이)');
  assert.deepEqual([r[6.3], r[2.1]], ['without reranking', 'reranking']);
  // `IntPhys 벤치마크에서 98%, 그리고 InfLevel 벤치마크에서 62%의 제로샷(zero-shot) 정확도`: the next, within the clause
  assert.deepEqual(settings('2025-02-19', 'InfLevel 벤치마크에서 62%'), { 98: 'zero-shot', 62: 'zero-shot' });
  // a number in the name: `16샷 환경에서 33.8%`
  assert.equal(settings('2025-04-14', '16샷 환경에서')[33.8], '16-shot');
  // negated: `분류기 자유 가이드(Classifier-Free Guidance; CFG)를 사용하지 않고 GenEval 점수 0.625`
  assert.equal(settings('2025-02-11', 'CFG)를 사용하지 않고 GenEval')[0.625], 'without CFG');
});

test('a setting of something else is not the result’s', () => {
  const none = (date: string, needle: string) =>
    assert.ok(
      Object.values(settings(date, needle)).every((x) => x === null),
      `${date} ${needle}`,
    );
  none('2023-12-06', '리스트 재정렬기는'); // a part of a name: the reranker is the system
  none('2025-03-04', '신뢰도 기반 자기 일관성 방법은'); // a method of it, as the subject
  none('2024-10-21', '트리 탐색 에이전트에 비해'); // what the result is compared with
  none('2024-10-29', '기존 Best-of-N 방법과 비교하여');
  none('2024-12-06', '(CFG)와 동등한');
  none('2023-12-21', 'CFG의 이미지 품질을 유지하면서'); // a thing of the setting's
  none('2025-03-03', '구조화된 가이던스 없이'); // guidance that is not classifier-free guidance
  none('2025-01-24', 'CMMLU-0shot-CoT'); // inside a benchmark's name
  // …but a place first, then the comparison: `제로샷 정확도에서 기본 모델 대비 최대 12.5%`
  assert.equal(settings('2024-11-11', '제로샷 정확도에서 기본 모델 대비')[12.5], 'zero-shot');
});

test('settings that tell an own result apart name its variant; a condition also reported without is `with`', () => {
  // `트리 탐색 기법을 통합하여 63.5%` beside `miniF2F 벤치마크에서 60.2%` (README-system, worked example 1)
  const prover = rows('2024-08-16', '2408.08152');
  const sys = (ms: typeof prover, v: number) => ms.find((m) => m.value === v)!.system;
  assert.deepEqual(
    [60.2, 63.5, 21.6, 25.4, 25.3].map((v) => sys(prover, v)),
    [
      'DeepSeek-Prover-V1.5',
      'DeepSeek-Prover-V1.5 (tree search)',
      'DeepSeek-Prover-V1.5',
      'DeepSeek-Prover-V1.5 (tree search)',
      'DeepSeek-Prover-V1.5 (tree search)',
    ],
  );
  // `분류자 프리 가이던스를 적용하지 않은 상태에서 FID 1.83 …, 가이던스를 사용할 경우 FID 1.26`
  const repa = rows('2025-04-17', '2504.10483');
  assert.deepEqual(
    [1.83, 1.26].map((v) => [repa.find((m) => m.value === v)!.setting, sys(repa, v)]),
    [
      ['without CFG', 'REPA-E (without CFG)'],
      ['with CFG', 'REPA-E (with CFG)'],
    ],
  );
  // zero-shot is how a result was evaluated, not a variant — unless the entry reports the same measure under two
  // (README-system `X (q)`: told apart only by a setting), as CheckEHR's recall few-shot and zero-shot (below)
  const ehr = rows('2024-06-27', '2406.16341');
  assert.ok(ehr.length > 0 && ehr.every((m) => !m.setting || String(m.system).endsWith(`(${m.setting})`)));
});

test('2023-12-21: hardware is named as written, and named once for a measure is no variant', () => {
  // `RTX3060 하나에서 에너지 소비를 2.39배, RTX4090 하나에서는 1.99배 감소`
  assert.deepEqual(settings('2023-12-21', 'RTX3060 하나에서 에너지 소비를 2.39배'), { 2.39: 'RTX3060', 1.99: 'RTX4090' });
  // `단일 NVIDIA RTX 4090 GPU에서 평균 13.20 토큰/초`: the GPU word is left out
  assert.equal(settings('2023-12-21', '13.20 토큰/초')[13.2], 'RTX 4090');
  const sd = rows('2023-12-21', '2312.12491');
  assert.ok(sd.some((m) => m.setting === 'RTX3060'));
  assert.ok(sd.filter((m) => m.unit === 'fps' || m.metric === 'throughput').every((m) => !String(m.system ?? '').includes('(')));
});

test('2023-12-21: the same measure of one system on two pieces of hardware makes each a variant (StreamDiffusion (RTX3060), (RTX4090)); a measure on one stays the plain system', () => {
  const p = parseDigest(corpusBytes('2023-12-21.md'), '2023-12-21.md', 'x').papers.find((x) => x.arxiv_id === '2312.12491')!;
  const rows = metricRows(p, loadReference(REFERENCE_DIR).benchmarks);
  const sys = (v: number) => rows.find((r) => r.value === v)?.system;
  assert.deepEqual([sys(2.39), sys(1.99), sys(91.07)], ['StreamDiffusion (RTX3060)', 'StreamDiffusion (RTX4090)', 'StreamDiffusion']);
});

test('2024-06-27: the same measure of one system under two conditions makes each a variant (CheckEHR (few-shot), CheckEHR (zero-shot))', () => {
  const p = parseDigest(corpusBytes('2024-06-27.md'), '2024-06-27.md', 'x').papers.find((x) => x.arxiv_id === '2406.16341')!;
  const rows = metricRows(p, loadReference(REFERENCE_DIR).benchmarks);
  const sys = (v: number) => rows.find((r) => r.value === v)?.system;
  assert.deepEqual([sys(61.06), sys(54.36), sys(52.39)], ['CheckEHR (few-shot)', 'CheckEHR (few-shot)', 'CheckEHR (zero-shot)']);
});
