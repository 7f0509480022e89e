// Each construction of the metric extractor, on real sentences from the corpus (by digest date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigest } from '../../src/extract/parse.js';
import {
  extractFromSection,
  extractMetrics,
  metricRows,
  SENTENCE_BREAK,
  splitSentences,
  type Metric,
} from '../../src/transform/metrics.js';
import { loadReference } from '../../src/transform/reference.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

const { benchmarks } = loadReference(REFERENCE_DIR);
const digest = (date: string) => parseDigest(corpusBytes(`${date}.md`), `${date}.md`, 'x');

/** The sentence of a digest that contains `needle` (read from the corpus, not copied here). */
function sentence(date: string, needle: string): string {
  for (const p of digest(date).papers)
    for (const s of p.sections) for (const x of splitSentences(s.text)) if (x.text.includes(needle)) return x.text;
  throw new Error(`no sentence with "${needle}" in ${date}`);
}
const run = (date: string, needle: string) => extractFromSection(sentence(date, needle), benchmarks);
const values = (ms: Metric[]) => ms.map((m) => [m.value, m.unit]);
const paperMetrics = (date: string, id: string) => extractMetrics(digest(date).papers.find((p) => p.arxiv_id === id)!.sections, benchmarks);

test('2024-08-16: 대비 baseline, a rise in % written as pp, 각각 over splits, benchmark carried to the next sentence', () => {
  const ms = paperMetrics('2024-08-16', '2408.08152');
  const pick = (v: number) => ms.find((m) => m.value === v)!;
  assert.deepEqual([pick(60.2).benchmark, pick(60.2).baseline_value, pick(60.2).unit, pick(60.2).kind], ['miniF2F', 50, '%', 'score']);
  assert.deepEqual([pick(10.2).unit, pick(10.2).kind], ['pp', 'gain']);
  assert.equal(pick(63.5).benchmark, 'miniF2F');
  assert.deepEqual(
    [21.6, 23.7, 25.4, 25.3].map((v) => [pick(v).benchmark, pick(v).split]),
    [
      ['ProofNet', 'validation'],
      ['ProofNet', 'test'],
      ['ProofNet', 'validation'],
      ['ProofNet', 'test'],
    ],
  );
  assert.ok(!ms.some((m) => m.value === 50), 'a baseline is not a result of its own');
});

test("2024-11-04, 2024-04-23: METRIC (점수)에서(는) N names N's metric; with a plus it is a gain", () => {
  // `SSIM 0.742와 PSNR 23.57을 기록하고, F1 점수에서는 0.477로`
  assert.deepEqual(
    run('2024-11-04', 'F1 점수에서는 0.477').map((m) => [m.value, m.metric]),
    [
      [0.742, 'SSIM'],
      [23.57, 'PSNR'],
      [0.477, 'F1'],
    ],
  );
  // `CLIP 점수에서 +0.68, Aes 점수에서 +0.51로 능가합니다`
  assert.deepEqual(
    run('2024-04-23', 'CLIP 점수에서 +0.68').map((m) => [m.value, m.kind]),
    [
      [0.68, 'gain'],
      [0.51, 'gain'],
    ],
  );
});

test('2025-03-10, 2025-02-19, 2025-03-21, 2023-12-15: a number recorded (기록, 달성) is a score, whatever improved after; a list of gains is one clause', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `AIME 2024에서 39.33%의 정확도를 기록하며 성능이 크게 개선되었습니다`
  assert.deepEqual(kinds('2025-03-10', 'STILL-3-1.5B 모델은'), [[39.33, 'score']]);
  // `40.6% mAP를 달성하며 YOLOv11-N을 초과합니다`
  assert.deepEqual(
    kinds('2025-02-19', 'YOLOv12-N은 6.5G').filter(([, k]) => k !== 'efficiency'),
    [[40.6, 'score']],
  );
  // `정확도가 최대 25% 이하일 수 있음을 실험적으로 보여주며, 개선된 명세와 …`: another clause
  assert.deepEqual(kinds('2025-03-21', 'ChatDev와 같은 개방형'), [[25, 'score']]);
  // `영어에서 6%, 중국어에서 20%의 성능 향상을 달성하여`: both gains
  assert.deepEqual(kinds('2023-12-15', 'TigerBot 모델군은'), [
    [6, 'gain'],
    [20, 'gain'],
  ]);
});

test("2024-03-19, 2024-06-11, 2024-11-13: an item of a list names what it is for and shares the list's kind; 획득 records; N%의 높은 X is a high score, not a rise", () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `NExT-QA에서 평균 6.6%, EgoSchema에서 26.0%의 성능 향상을 달성했다`
  assert.deepEqual(kinds('2024-03-19', 'NExT-QA에서 평균 6.6%'), [
    [6.6, 'gain'],
    [26, 'gain'],
  ]);
  // `수면에서 79%, 피트니스에서 88%를 획득하며 인간 전문가 평균 점수를 초과`
  assert.deepEqual(kinds('2024-06-11', 'PH-LLM은 수면에서'), [
    [79, 'score'],
    [88, 'score'],
  ]);
  // `TextVQA에서는 59.92%, VQAv2에서는 70.10%, ScienceQA에서는 72.68%의 높은 성과를 보였습니다`
  assert.deepEqual(kinds('2024-11-13', 'TextVQA에서는 59.92%'), [
    [59.92, 'score'],
    [70.1, 'score'],
    [72.68, 'score'],
  ]);
});

test('2024-11-13, 2024-12-19, 2024-12-20, 2025-02-28, 2025-05-02, 2024-12-25: ranges that qualify (A%에서 B%의), the highest score, conditions, costs, points of a rise, a metric at a cut-off', () => {
  const rows = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.value_low, m.kind]);
  // `83.9%에서 100%의 정확도로`: a range, not two results
  // (and the sentence's `최대 세 배 높은 결과` is a rise of its own)
  assert.deepEqual(rows('2024-11-13', '83.9%에서 100%의 정확도'), [
    [100, 83.9, 'score'],
    [3, null, 'gain'],
  ]);
  // `78.3%의 정확도로 가장 높은 성능을 보였으나`: the highest, not a rise
  assert.deepEqual(rows('2024-12-19', '78.3%의 정확도로 가장 높은'), [[78.3, null, 'score']]);
  // `합성 데이터가 75%인 경우 PPL이 크게 증가`: a condition of the experiment
  assert.deepEqual(rows('2024-12-20', '합성 데이터가 75%인 경우'), []);
  // `58%의 계산 비용으로 동일한 품질`: what it costs
  assert.deepEqual(rows('2025-02-28', '58%의 계산 비용으로'), [[58, null, 'efficiency']]);
  // `BLEU 점수가 약 4점 상승`
  assert.deepEqual(
    run('2025-05-02', 'BLEU 점수가 약 4점 상승').map((m) => [m.value, m.metric, m.kind]),
    [[4, 'BLEU', 'gain']],
  );
  // `Scan2Cap 데이터셋에서는 CIDEr@0.5에서 5.8% 향상`: CIDEr at 0.5 is the metric, Scan2Cap the data set
  assert.deepEqual(
    run('2024-12-25', 'CIDEr@0.5에서 5.8%').map((m) => [m.value, m.benchmark, m.metric]),
    [[5.8, 'Scan2Cap', 'CIDEr']],
  );
});

test('2024-09-18, 2024-12-16, 2024-07-10, 2023-11-21, 2025-04-25: a name in brackets after a value; what a value surpassed (를 능가, a list of them); list items that name their object; Chamfer distance is a metric', () => {
  // `9.87%(ASQA), 22.53%(QAMPARI), 5.32%(ELI5) 증가`
  assert.deepEqual(
    run('2024-09-18', '9.87%(ASQA)')
      .slice(0, 3)
      .map((m) => [m.value, m.benchmark]),
    [
      [9.87, 'ASQA'],
      [22.53, 'QAMPARI'],
      [5.32, 'ELI5'],
    ],
  );
  // `81.2%로 GPT-4o의 67.2%를 능가`
  assert.deepEqual(
    run('2024-12-16', 'LAM의 task success rate는 81.2%').map((m) => [m.value, m.baseline_value]),
    [[81.2, 67.2]],
  );
  // `36.48%, … 33.61%의 정확도를 달성하며, 이는 GPT-4의 베이스라인인 25.41%와 22.95%를 크게 상회`
  assert.deepEqual(
    run('2024-07-10', 'TheoremLlama는 MiniF2F-Valid').map((m) => [m.value, m.baseline_value]),
    [
      [36.48, 25.41],
      [33.61, 22.95],
    ],
  );
  // `시각적 품질을 14%, 프롬프트 정렬을 16.2%, 장면 다양성을 15.3% 향상`
  assert.deepEqual(
    run('2023-11-21', '시각적 품질을 14%, 프롬프트 정렬을').map((m) => [m.value, m.kind]),
    [
      [14, 'gain'],
      [16.2, 'gain'],
      [15.3, 'gain'],
    ],
  );
  // `Chamfer Distance를 30% 이상 줄였습니다`
  assert.deepEqual(
    run('2025-04-25', 'Chamfer Distance를 30% 이상').map((m) => [m.value, m.metric, m.benchmark]),
    [[30, 'Chamfer distance', null]],
  );
});

test('2025-03-12, 2024-11-08, 2024-03-08: a metric past a comma names the next value, unless another value comes first (a list shares it)', () => {
  const metrics = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.metric]);
  // `공격 성공률(Attack Success Rate; ASR)은 1.29%이며, FID(…) 점수는 12.08`
  assert.deepEqual(metrics('2025-03-12', 'ASR)은 1.29%')[0], [1.29, 'attack success rate']);
  // `메모리 사용량을 3.5배, 처리 속도를 3배 가속`
  assert.deepEqual(metrics('2024-11-08', '메모리 사용량을 3.5배, 처리 속도를 3배'), [
    [3.5, 'memory'],
    [3, 'speed'],
  ]);
  // `GSM8K에서 82.6%, MATH에서 40.6%의 정확도를 달성`
  assert.deepEqual(metrics('2024-03-08', '82.6%, MATH에서 40.6%의 정확도').slice(0, 2), [
    [82.6, 'accuracy'],
    [40.6, 'accuracy'],
  ]);
});

test('2024-03-01, 2024-11-28: N배 적은 토큰 is data efficiency; bare numbers listed with their metrics share the rise after them', () => {
  // `Griffin은 6배 적은 토큰으로 훈련함에도 불구하고`
  assert.deepEqual(
    run('2024-03-01', 'Griffin은 6배 적은 토큰').map((m) => [m.value, m.kind]),
    [[6, 'efficiency']],
  );
  // `0.81 PSNR 및 0.026 LPIPS 개선을 달성`
  assert.deepEqual(
    run('2024-11-28', '0.81 PSNR 및 0.026 LPIPS').map((m) => [m.value, m.metric, m.kind]),
    [
      [0.81, 'PSNR', 'gain'],
      [0.026, 'LPIPS', 'gain'],
    ],
  );
});

test("2023-12-19, 2025-05-02: recall and precision are metrics (Recall@K=10: K is no result); a metric with its own value after it is not the value before's", () => {
  // `TR에 대한 Recall@K=10 지표에서 24% 향상을 달성하고`
  assert.deepEqual(
    run('2023-12-19', 'TR에 대한 Recall@K=10')
      .filter((m) => m.value === 24 || m.value === 10)
      .map((m) => [m.value, m.metric]),
    [[24, 'recall']],
  );
  // `IDF1 점수 0.8289와 정밀도(precision) 0.9026, 재현율(recall) 0.8527을 달성`
  assert.deepEqual(
    run('2025-05-02', 'IDF1 점수 0.8289와').map((m) => [m.value, m.metric]),
    [
      [0.8289, 'IDF1'],
      [0.9026, 'precision'],
      [0.8527, 'recall'],
    ],
  );
});

test('2024-03-22, 2025-03-12: METRIC 점수 is that metric, not a score in general', () => {
  // `FVD 점수가 212.7로, 기존 최고 기록인 292.4보다 27.3% 더 나은 성능`
  assert.equal(run('2024-03-22', 'CMD는 WebVid-10M').find((m) => m.value === 27.3)?.metric, 'FVD');
  // `체스 이동 예측에서 F1 점수가 25% 증가`
  assert.deepEqual(
    run('2025-03-12', '체스 이동 예측에서 F1 점수가 25%').map((m) => [m.value, m.metric]),
    [[25, 'F1']],
  );
});

test('2023-12-08, 2025-02-12, 2025-02-19, 2025-03-24, 2025-02-13: lists of points and of comparisons, clauses that end at 으나, ranges written high to low, compounds are not names', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `Box AP와 Mask AP를 각각 0.45점과 0.32점 향상`
  assert.deepEqual(kinds('2023-12-08', 'Box AP와 Mask AP를 각각 0.45점'), [
    [0.45, 'gain'],
    [0.32, 'gain'],
  ]);
  // `85%의 응답 일관성을 보였으나 5개로 늘리면 65%로 감소`: 85% is what it showed
  assert.deepEqual(kinds('2025-02-12', '85%의 응답 일관성을 보였으나')[0], [85, 'score']);
  // `1.5%~0.1% mAP 향상`
  assert.deepEqual(
    run('2025-02-19', '1.5%~0.1% mAP')
      .filter((m) => m.unit === '%' && m.metric === 'mAP')
      .map((m) => [m.value, m.value_low]),
    [[1.5, 0.1]],
  );
  // `MCQs 및 T/Fs에서 능가하며 … GPT-4o 대비 8.28%, 오픈소스 모델 LLaVA-OneVision 대비 25.69% 더 높은`
  const gaea = run('2025-03-24', 'MCQs 및 T/Fs에서');
  assert.ok(gaea.every((m) => m.benchmark !== 'Fs'));
  assert.deepEqual(
    gaea.filter((m) => m.value === 8.28 || m.value === 25.69).map((m) => m.kind),
    ['gain', 'gain'],
  );
  // `LASP 대비 15.2%, Ring Attention 대비 36.6%의 학습 속도 향상`
  assert.deepEqual(kinds('2025-02-13', 'LASP 대비 15.2%'), [
    [15.2, 'efficiency'],
    [36.6, 'efficiency'],
  ]);
});

test("2024-03-15, 2024-01-01, 2024-06-27: a value reached from a baseline is a score; a video's length is no speed; a metric acronym ending a name is not the metric", () => {
  // `GSM8K(5.9%에서 10.9%로)와 CommonsenseQA(36.3%에서 47.2%로)에서 … 향상` (the gold file's convention)
  assert.deepEqual(
    run('2024-03-15', 'GSM8K(5.9%에서 10.9%로)').map((m) => [m.value, m.baseline_value, m.kind]),
    [
      [10.9, 5.9, 'score'],
      [47.2, 36.3, 'score'],
    ],
  );
  // `4초 분량 비디오 생성에 단 1.5분이 소요되어`: 1.5 minutes is the speed, 4 seconds the video
  assert.deepEqual(
    run('2024-01-01', '4초 분량 비디오 생성')
      .filter((m) => m.unit === 's' || m.unit === 'min')
      .map((m) => [m.value, m.unit]),
    [[1.5, 'min']],
  );
  // `Math-LLaVA-DS 모델은 MathVista 벤치마크에서 10.6%의 성능 향상`
  assert.deepEqual(
    run('2024-06-27', 'Math-LLaVA-DS 모델은').map((m) => [m.value, m.metric]),
    [[10.6, null]],
  );
});

test("2024-12-09, 2025-04-23, 2025-04-08, 2025-05-08: data named in general is not the benchmark before; A%에서 B% 높은 is a range; a metric with its own value is not the one before's; a name past a comma is not the value's", () => {
  // `또한, 비추론 기반 벤치마크에서도 최대 4%의 성능 향상` after a sentence that named MuirBench
  const four = paperMetrics('2024-12-09', '2412.05237').find((m) => m.sentence.startsWith('또한, 비추론 기반 벤치마크에서도'));
  assert.deepEqual([four?.value, four?.benchmark], [4, null]);
  // `Mars에서 기준치보다 16.1%에서 51.6% 높은 성공률`
  assert.deepEqual(
    run('2025-04-23', '16.1%에서 51.6% 높은')
      .filter((m) => m.benchmark === 'Mars')
      .map((m) => [m.value, m.value_low]),
    [[51.6, 16.1]],
  );
  // `StruDist와 LPIPS가 거의 50% 낮아지고 PSNR과 SSIM은 약 10% 향상`
  assert.deepEqual(
    run('2025-04-08', 'PSNR과 SSIM은 약 10%').map((m) => [m.value, m.metric]),
    [
      [50, 'LPIPS'],
      [10, 'SSIM'],
    ],
  );
  // `Dice 계수와 Jaccard 계수에서 각각 1% 이상 향상되고, Hausdorff Distance와 Average Surface Distance…`
  assert.ok(run('2025-05-08', 'Dice 계수와 Jaccard 계수에서').every((m) => m.benchmark !== 'Average Surface Distance'));
});

test('2025-01-13, 2025-03-25, 2024-01-01, 2025-01-06: a list of from-to pairs; values in brackets after the names they surpass; N 점 더 높은 is a gain', () => {
  const pairs = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.baseline_value]);
  // `각각 58.8%에서 66.0%, 22.5%에서 28.2%로 개선`
  assert.deepEqual(pairs('2025-01-13', 'Phi-3와 Mistral의 정확도는'), [
    [66, 58.8],
    [28.2, 22.5],
  ]);
  // `66.67%의 정확도를 달성하며, 기존 모델인 GPT-4o(37.5%)와 Claude 3.5 Sonnet(29.17%)를 능가`: the closest
  assert.deepEqual(pairs('2025-03-25', 'AlphaSpace는 객체 조작'), [[66.67, 37.5]]);
  // `CoDeF(3.5%), Rerender(10.2%), TokenFlow(40.4%)를 능가하는 45.7%의 선호도`
  assert.deepEqual(pairs('2024-01-01', 'FlowVid는 CoDeF(3.5%)'), [[45.7, 40.4]]);
  // `평균 5.75 점 더 높은 성능`
  assert.deepEqual(
    run('2025-01-06', '5.75 점 더 높은').map((m) => [m.value, m.kind]),
    [[5.75, 'gain']],
  );
});

test("2024-10-04, 2024-06-27, 2025-04-07: N% 뛰어난 is a gain; 리콜 is recall; a metric with its value in brackets is that value's alone", () => {
  // `기존의 OpenAI CLIP 모델보다 약 20% 뛰어난 성능을 보였으며`
  assert.deepEqual(run('2024-10-04', 'CLIP-MoE는 기존의 OpenAI CLIP 모델보다 약 20%').map((m) => [m.value, m.kind])[0], [20, 'gain']);
  // `MIMIC-III에서 61.06%, OMOP에서 54.36%의 리콜 성능`
  assert.deepEqual(
    run('2024-06-27', 'OMOP에서 54.36%의 리콜')
      .slice(0, 2)
      .map((m) => [m.value, m.metric]),
    [
      [61.06, 'recall'],
      [54.36, 'recall'],
    ],
  );
  // `높은 리콜(90.1%)을 갖추면서 API 요청을 64.7%, 추론 시간을 58.2% 줄임으로써`
  assert.deepEqual(
    run('2025-04-07', '높은 리콜(90.1%)').map((m) => [m.value, m.metric]),
    [
      [90.1, 'recall'],
      [64.7, null],
      [58.2, 'inference time'],
    ],
  );
});

test('2025-03-13, 2025-03-17, 2024-09-26, 2025-01-23, 2025-02-20: list items named with numbers, A%였으나 … B%로, thresholds, shorter outputs, clauses an efficiency word must not cross', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `Qwen2.5-7B에서 26%, Qwen2.5-3B에서 21%, LLaMA3.2-3B에서 10%의 성능 향상`
  assert.deepEqual(kinds('2025-03-13', 'SEARCH-R1은 최신 기술을'), [
    [26, 'gain'],
    [21, 'gain'],
    [10, 'gain'],
  ]);
  // `I-RAVEN에서 86.6%였으나, … I-RAVEN-X에서는 17.0%로 급격히 낮아졌습니다`
  assert.deepEqual(
    run('2025-03-17', 'I-RAVEN에서 86.6%였으나').map((m) => [m.value, m.baseline_value, m.kind]),
    [[17, 86.6, 'score']],
  );
  // `교육 점수가 2222 이상인 경우에만 문서를 유지`
  assert.deepEqual(run('2024-09-26', '교육 점수가 2222 이상인'), []);
  // `솔루션 길이를 약 40.5% 감소시키고`
  assert.deepEqual(
    kinds('2025-01-23', '솔루션 길이를 약 40.5%').filter(([v]) => v === 40.5),
    [[40.5, 'efficiency']],
  );
  // `정확도를 8.6% 증가시키고 출력 길이를 25.9% 증가시켰습니다`: 8.6 is no efficiency
  assert.deepEqual(kinds('2025-02-20', 'ThinkPO는 SFT-ed')[0], [8.6, 'gain']);
});

test("2025-03-18, 2024-10-22, 2025-03-10: a level reached (49%로 감소) is a score; (50%)보다 is a baseline; 를 완료하여 ends the value's clause", () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `Llama 3.2의 기본 수준 사용이 54%로 떨어졌고, Molmo 7B-D는 49%로 감소했습니다`
  assert.deepEqual(kinds('2025-03-18', 'Molmo 7B-D는 49%로 감소'), [
    [54, 'score'],
    [49, 'score'],
  ]);
  // `무작위 수준(50%)보다 낮은 평균 성능 46.6%`
  assert.deepEqual(
    run('2024-10-22', '무작위 수준(50%)보다').map((m) => [m.value, m.baseline_value]),
    [[46.6, 50]],
  );
  // `유해 요청의 34.7%, 27.3%를 완료하여 의외로 악의적인 요청에 대해 높은 순응도`
  assert.deepEqual(kinds('2025-03-10', '유해 요청의 34.7%, 27.3%를 완료'), [
    [34.7, 'score'],
    [27.3, 'score'],
  ]);
});

test('2023-12-14: a multiplier beside a rendering, generation or waiting time is efficiency', () => {
  // `렌더링 시간을 10배까지 줄일 수 있는 성과를 보였으나`
  assert.deepEqual(
    run('2023-12-14', '렌더링 시간을 10배까지 줄일').map((m) => [m.value, m.kind]),
    [[10, 'efficiency']],
  );
});

test('2024-08-16: a bare number next to a metric name (PESQ 점수 4.454) and a setting (10 IPC)', () => {
  const [pesq] = run('2024-08-16', 'PESQ');
  assert.deepEqual([pesq.value, pesq.unit, pesq.metric, pesq.benchmark], [4.454, null, 'PESQ', 'LibriTTS']);
  const ipc = run('2024-08-16', '10 IPC');
  assert.deepEqual(values(ipc), [
    [15.2, '%'],
    [42.1, '%'],
  ]);
  assert.ok(ipc.every((m) => m.benchmark === 'ImageNet-1K' && m.setting === '10 IPC'));
});

test('2024-12-06: %p is percentage points; 7B parameters is a size', () => {
  const ms = run('2024-12-06', '25.6%p');
  assert.deepEqual(
    values(ms).filter(([, u]) => u === 'pp'),
    [[54.6, 'pp']],
  );
  assert.equal(ms.find((m) => m.value === 54.6)!.value_low, 25.6);
  assert.ok(!ms.some((m) => m.value === 7));
});

test('2023-11-21: 배 is x (78배 빠른: efficiency)', () => {
  const [m] = run('2023-11-21', '78배');
  assert.deepEqual([m.value, m.unit, m.kind], [78, 'x', 'efficiency']);
});

test('2023-11-22: 초 is seconds when it measures speed; 100만 개 is a data size', () => {
  assert.deepEqual(values(run('2023-11-22', '1.3초')), [[1.3, 's']]);
  assert.deepEqual(run('2023-11-22', '100만 개'), []);
});

test('2023-12-06 and 2023-11-21: counts with 억/만/천 and thousands separators are not results', () => {
  assert.deepEqual(run('2023-12-06', '6억 4500만'), []);
  assert.deepEqual(run('2023-11-21', '36,000개'), []);
});

test('2024-04-01: a range with ~ (2~3배) keeps both ends', () => {
  const m = run('2024-04-01', '2~3배').find((x) => x.value === 3)!;
  assert.deepEqual([m.value_low, m.unit], [2, 'x']);
});

test('2024-11-08, 2024-06-13: A배에서 B배 (more, faster) is a range when it goes nowhere', () => {
  assert.deepEqual(
    run('2024-11-08', '10배에서 50배 더 빠른').map((m) => [m.value, m.value_low, m.unit, m.kind]),
    [[50, 10, 'x', 'efficiency']],
  );
  assert.deepEqual(
    run('2024-06-13', '3.94배에서 25.4배').map((m) => [m.value, m.value_low, m.unit]),
    [[25.4, 3.94, 'x']],
  );
});

test('2024-01-08: a range with - (1.03-2.4배); GPU counts and context lengths are not results', () => {
  const ms = run('2024-01-08', '1.03-2.4배');
  assert.deepEqual(
    ms.map((m) => [m.value, m.value_low, m.unit]),
    [[2.4, 1.03, 'x']],
  );
});

test('2023-12-15: A%에서 B%로 makes A the baseline of B; the stated rise is pp', () => {
  const ms = run('2023-12-15', '53.9%에서 66.2%로');
  const b = ms.find((m) => m.value === 66.2)!;
  assert.deepEqual([b.baseline_value, b.benchmark], [53.9, 'miniF2F']);
  assert.equal(ms.find((m) => m.value === 12.3)!.unit, 'pp');
  assert.ok(!ms.some((m) => m.value === 53.9));
});

test('2024-10-29, 2024-10-30: A%였던 … B%로 and A%의 초기 X에서 (를) B%까지 (로) make A the baseline of B', () => {
  const rows = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.baseline_value, m.delta, m.delta_unit]);
  // (`두 배 이상 … 향상` is a rise of its own)
  assert.deepEqual(rows('2024-10-29', 'AgentStore는 OSWorld'), [
    [23.85, 11.21, 12.64, 'pp'],
    [2, null, 2, 'x'],
  ]);
  assert.deepEqual(rows('2024-10-30', '79%의 초기 추론 성능에서'), [[83, 79, 4, 'pp']]);
  assert.deepEqual(rows('2024-10-30', '79%의 초기 정확도를'), [[83, 79, 4, 'pp']]);
});

test('2024-10-21: 보다 marks the compared value as the baseline', () => {
  const ms = run('2024-10-21', '48.87%보다');
  assert.deepEqual(
    ms.map((m) => [m.value, m.baseline_value]),
    [[63.88, 48.87]],
  );
});

test('2023-11-20: 각각 distributes values over the listed benchmarks', () => {
  const ms = run('2023-11-20', '각각 5.8%');
  assert.deepEqual(
    ms.map((m) => [m.benchmark, m.value]),
    [
      ['MSR-VTT', 5.8],
      ['MSVD', 9.9],
      ['TGIF', 18.6],
      ['ActivityNet', 10.1],
    ],
  );
  assert.ok(ms.every((m) => m.kind === 'gain'));
});

test('2025-04-10: signed bare gains (+30, +15, +10 이상의 개선) over a listed set of data sets', () => {
  const ms = run('2025-04-10', '+30, +15');
  assert.deepEqual(
    ms.map((m) => [m.benchmark, m.value, m.kind]),
    [
      ['ScanNet', 30, 'gain'],
      ['ScanNet200', 15, 'gain'],
      ['S3DIS', 10, 'gain'],
    ],
  );
});

test('2023-12-07: FID and IS as bare numbers; 256x256 is a resolution; 36 FPS; 2Kx2K is not a number', () => {
  const ms = run('2023-12-07', '253.4');
  assert.deepEqual(
    ms.map((m) => [m.value, m.metric, m.benchmark]),
    [
      [3.31, 'FID', 'ImageNet 256x256'],
      [253.4, 'IS', 'ImageNet 256x256'],
    ],
  );
  assert.deepEqual(values(run('2023-12-07', '36 FPS')), [[36, 'fps']]);
});

test('2023-11-20: 분 is minutes (20분 내에)', () => {
  assert.deepEqual(values(run('2023-11-20', '20분 내에')), [[20, 'min']]);
});

test('2025-05-09: numbers inside names (MegaDepth-1500, AUC@5°) are not results; 7.4 ms is', () => {
  assert.deepEqual(values(paperMetrics('2025-05-09', '2505.03422')), [[7.4, 'ms']]);
});

test('2025-01-03, 2024-10-22, 2024-10-21: hardware and words for model classes are not benchmarks', () => {
  // `Nvidia H100 GPU에서 … 2초`, `TPU A6000에서 … 1000배 빠르며`, `기존의 MLLMs에서 … 1.5%`: the results stay, unattributed
  for (const [date, needle] of [
    ['2025-01-03', 'H100 GPU에서'],
    ['2024-10-22', 'A6000에서'],
    ['2024-10-21', 'MLLMs에서'],
  ]) {
    const ms = run(date, needle);
    assert.ok(ms.length > 0, `${date}: results found`);
    assert.deepEqual(
      ms.map((m) => m.benchmark_raw),
      ms.map(() => null),
      `${date}: no benchmark`,
    );
  }
  // a known benchmark whose name mentions no hardware is still found where the results are
  assert.deepEqual(
    benchmarks.mentions('Nvidia H100 GPU에서 측정, MMLU에서 70%').map((m) => m.raw),
    ['MMLU'],
  );
});

test('2024-10-10, 2025-03-25, 2025-03-26, 2024-03-28, 2025-01-20, 2024-08-02: metric names and plain lower-case words are not benchmarks', () => {
  // `Youcook2 데이터셋에서 … CIDEr와 F1 Score에서 각각 3.1%, 4.9% 향상되었고, Charades-STA에서는 …
  // Recall에서 6.5%, 3.7%`: the data sets, not the metrics
  assert.deepEqual(
    run('2024-10-10', 'F1 Score에서 각각').map((m) => [m.value, m.benchmark]),
    [
      [3.1, 'Youcook2'],
      [4.9, 'Youcook2'],
      [6.5, 'Charades-STA'],
      [3.7, 'Charades-STA'],
    ],
  );
  // `Mip-NeRF 360 데이터셋에서 600 FPS … PSNR 24.95에서 27.34까지`
  assert.ok(run('2025-03-25', 'PSNR 24.95에서').every((m) => m.benchmark_raw === 'Mip-NeRF 360'));
  // `DD-VQA 데이터셋에서 … Acc에서 5.7%, F1에서 3%`
  assert.deepEqual(
    run('2025-03-26', 'Acc에서 5.7%')
      .filter((m) => m.value === 5.7 || m.value === 3)
      .map((m) => m.benchmark),
    ['DD-VQA', 'DD-VQA'],
  );
  // `MedMCQA (개발)에서 57.3%, MMLU Medical Genetics 시험에서 69.0%`: a note in parentheses
  // between a name and 에서
  assert.equal(run('2024-03-28', 'MedMCQA (개발)에서').find((m) => m.value === 57.3)?.benchmark, 'MedMCQA');
  // `RealScholarQuery에서 … Recall@20에서 37.78%, Recall@50에서 39.9…`: a metric at a cut-off
  assert.ok(run('2025-01-20', 'Recall@20에서 37.78%').every((m) => m.benchmark === 'RealScholarQuery'));
  // `이미지 segmentation 벤치마크에서`: a task in general, not a name
  assert.ok(!benchmarks.mentions(sentence('2024-08-02', '이미지 segmentation 벤치마크')).some((m) => m.raw === 'segmentation'));
});

test('2024-07-26, 2024-04-04, 2024-11-08: a percent that qualifies speed or cost is efficiency', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `30% 더 빠른 속도와 20% 향상된 정확도`: the speed-up is efficiency, the accuracy a gain
  assert.deepEqual(kinds('2024-07-26', '30% 더 빠른 속도'), [
    [30, 'efficiency'],
    [20, 'gain'],
  ]);
  // `28% 더 빠른 효율적인 UNet`, `55.8%의 FLOPs만으로`
  assert.deepEqual(
    kinds('2024-04-04', '28% 더 빠른').filter(([v]) => v === 28),
    [[28, 'efficiency']],
  );
  assert.deepEqual(kinds('2024-11-08', '55.8%의 FLOPs'), [[55.8, 'efficiency']]);
});

test('2025-04-21, 2024-01-02, 2025-04-16: a share of the data a method needs is efficiency, not a score; a score beside a token count stays one', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `MIG를 통해 5%의 Tulu3 데이터를 사용한 모델은 … 1.73% 더 높은 성능`
  assert.deepEqual(kinds('2025-04-21', '5%의 Tulu3 데이터를 사용한'), [
    [5, 'efficiency'],
    [1.73, 'gain'],
  ]);
  // `사용 가능한 데이터의 72%를 활용하면서도`
  assert.deepEqual(
    kinds('2024-01-02', '사용 가능한 데이터의 72%를 활용').filter(([v]) => v === 72),
    [[72, 'efficiency']],
  );
  // `DAST 방법은 53.30%의 정확도와 6337개의 토큰을 사용한 결과`
  assert.deepEqual(
    kinds('2025-04-16', '53.30%의 정확도와 6337개의 토큰').filter(([v]) => v === 53.3),
    [[53.3, 'score']],
  );
});

test('2025-02-05: Consistency@200 and Gemini v1.5 are names, not results', () => {
  assert.deepEqual(paperMetrics('2025-02-05', '2502.01839'), []);
});

test('2024-08-01: years in citations and a video length (10초에서 60초까지) are not results', () => {
  assert.deepEqual(paperMetrics('2024-08-01', '2407.21705'), []);
});

test('2024-01-02 and 2024-07-18: counts of languages and samples are not results', () => {
  assert.deepEqual(run('2024-01-02', '100개 언어'), []);
  assert.deepEqual(paperMetrics('2024-07-18', '2407.11854'), []);
});

test('2024-08-02: resolutions and channel counts are not results', () => {
  assert.deepEqual(paperMetrics('2024-08-02', '2408.00653'), []);
});

test('gold (../shared/gold/metrics.dev.csv): precision ≥ 0.90, recall ≥ 0.85, benchmark agreement ≥ 0.80', async () => {
  const { readCsv } = await import('../../src/transform/reference.js');
  const { parseGoldMetrics, scoreMetrics } = await import('../../src/transform/evalmetrics.js');
  const { metricRows } = await import('../../src/transform/metrics.js');
  const { GOLD } = await import('../helpers.js');
  const gold = parseGoldMetrics(readCsv(`${GOLD}/metrics.dev.csv`));
  const rows = [...new Set(gold.map((g) => g.digest_date))].flatMap((d) => digest(d).papers.flatMap((p) => metricRows(p, benchmarks)));
  const s = scoreMetrics(gold, rows);
  assert.ok(s.required >= 40, 'the gold file was read');
  assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
  assert.ok(s.recall >= 0.85, `recall ${s.recall}`);
  assert.ok(s.agreement >= 0.8, `agreement ${s.agreement}`);
});

test('the scorer: a debatable (required=0) match is neither rewarded nor punished; units must agree', async () => {
  const { scoreMetrics } = await import('../../src/transform/evalmetrics.js');
  const g = (value: number, unit: string, required: boolean) => ({
    digest_date: 'd',
    arxiv_id: 'a',
    benchmark: 'B',
    value,
    unit,
    kind: 'score',
    required,
  });
  const p = (value: number, unit: string | null, benchmark: string | null = 'b') => ({
    digest_date: 'd',
    arxiv_id: 'a',
    value,
    unit,
    benchmark,
    split: null,
  });
  const s = scoreMetrics([g(10, '%', true), g(5, '%', false)], [p(10, '%'), p(5, '%'), p(7, '%'), p(-10, 'pp')]);
  assert.deepEqual([s.matched, s.counted, s.recalled], [1, 3, 1]);
  assert.equal(s.agreement, 1);
});

test('sentences: the scanner breaks exactly where the reference regex does, on every corpus text and edge cases', () => {
  const byRegex = (text: string) => {
    const out: { text: string; start: number }[] = [];
    let from = 0;
    const push = (a: number, b: number) => {
      const raw = text.slice(a, b);
      const t = raw.trim();
      if (t) out.push({ text: t, start: a + raw.indexOf(t) });
    };
    for (const m of text.matchAll(SENTENCE_BREAK)) {
      push(from, m.index!);
      from = m.index! + m[0].length;
    }
    push(from, text.length);
    return out;
  };
  const edge = [
    '',
    ' ',
    '\n',
    'a.',
    'a. b',
    '1. 2',
    '1.5 3',
    'a.\n\nb',
    'a.\u00a0b',
    'a.\u3000b',
    'x。 y',
    'a!\t b?  c',
    ' .\n',
    '. a',
    'a\n\n\nb.\r\nc',
    'a.\u2028b',
    'a \n b',
    '\u00a0.\u00a0',
    'ab.\u200bc',
  ];
  let texts = 0;
  for (const t of edge) assert.deepEqual(splitSentences(t), byRegex(t), JSON.stringify(t));
  for (const f of corpusFiles()) {
    for (const p of parseDigest(corpusBytes(f), f, 'x').papers)
      for (const s of [p.title, ...p.sections.map((x) => x.text)]) {
        assert.deepEqual(splitSentences(s), byRegex(s), `${f}: ${s.slice(0, 60)}`);
        texts++;
      }
  }
  assert.ok(texts > 10000, `${texts} texts`);
});

test('2024-10-30, 2024-07-10, 2025-01-10: a name before a Korean test-set word or the kind of task it is names the benchmark', () => {
  // `WebVoyager 테스트 세트에서 과제 성공률(…)이 초기 19.9%에서 25.8%로`: 테스트 세트 is a cue like 벤치마크
  assert.equal(run('2024-10-30', 'WebVoyager 테스트 세트에서').find((m) => m.value === 25.8)!.benchmark, 'WebVoyager');
  // `XSum 요약 작업에서 … 9.6% 줄였습니다`
  assert.equal(run('2024-07-10', 'XSum 요약 작업에서')[0].benchmark, 'XSum');
  // `ImageNet 분류와 Kinetics-400 액션 인식에서 … 75.3%와 74.4%`: a list, the kind of task after each name
  assert.deepEqual(
    run('2025-01-10', 'ImageNet 분류와 Kinetics-400').map((m) => [m.value, m.benchmark]),
    [
      [75.3, 'ImageNet'],
      [74.4, 'Kinetics-400'],
    ],
  );
});

test('2025-04-25: X 벤치마크 is X-Bench when the reference knows that name', () => {
  assert.deepEqual(
    run('2025-04-25', 'GenAI 벤치마크에서').map((m) => [m.value, m.benchmark]),
    [[0.77, 'GenAI-Bench']],
  );
});

test("2024-10-28: a benchmark paper's scores with no benchmark named are on its own benchmark", () => {
  const rows = (date: string, id: string) => metricRows(digest(date).papers.find((p) => p.arxiv_id === id)!, benchmarks);
  // MMAU: `Gemini Pro v1.5가 52.97%의 정확도를 기록했고` (the sentence names no benchmark)
  assert.deepEqual(
    rows('2024-10-28', '2410.19168').map((m) => m.benchmark),
    ['MMAU', 'MMAU'],
  );
  // a method paper's stay without one (TALE: `CoT 추론에서 … 68.64%의 토큰 사용량을 줄이며`)
  assert.equal(rows('2024-12-26', '2412.18547').find((m) => m.value === 68.64)!.benchmark, null);
});

test("2025-02-24, 2025-04-03: a benchmark paper's gains of a model it evaluates are on its benchmark; a gain of training on its data, or with no model named, is not", () => {
  const row = (date: string, id: string, v: number) =>
    metricRows(digest(date).papers.find((p) => p.arxiv_id === id)!, benchmarks).find((m) => m.value === v)!;
  // VLM²-Bench: `GPT-4o는 인간 수준의 정확도에 비해 34.80% 낮은 성능을 보였으며` (a gain, GPT-4o's)
  assert.deepEqual([row('2025-02-24', '2502.12084', 34.8).benchmark, row('2025-02-24', '2502.12084', 34.8).kind], ['VLM^2-Bench', 'gain']);
  // MedHallu: `'모르겠다(not sure)' 카테고리를 도입함으로써 정밀도와 F1 점수는 최대 38% 향상` (whose: not said)
  assert.equal(row('2025-02-24', '2502.14302', 38).benchmark, null);
});

test("2024-06-25, 2024-04-30, 2024-04-12: English glosses of Korean names are benchmarks, a list of them too; a Latin name's own brackets are not; 같은 벤치마크 reaches back past its section", () => {
  // `영상 질문 응답(Video QA)과 오디오-비디오 질문 응답(AV QA) 데이터셋에서 각각 25%와 30%`
  assert.deepEqual(
    run('2024-06-25', '(Video QA)과').map((m) => [m.value, m.benchmark]),
    [
      [25, 'Video QA'],
      [30, 'AV QA'],
    ],
  );
  // `MedQA (USMLE) 벤치마크에서는 … 91.1%의 정확도`
  assert.equal(run('2024-04-30', 'MedQA (USMLE) 벤치마크')[0].benchmark, 'MedQA');
  // Wilbur: `같은 벤치마크에서 … 단 5% 차이` in Performance Highlights, WebVoyager named in What's New
  assert.equal(
    metricRows(digest('2024-04-12').papers.find((p) => p.arxiv_id === '2404.05902')!, benchmarks).find((m) => m.value === 5)!.benchmark,
    'WebVoyager',
  );
});

test('2025-03-07, 2024-08-29, 2025-02-20, 2025-03-19: points are a gain when their clause says they rose, not when they are a level reached, surpassed or old', () => {
  const kinds = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.kind]);
  // `AlpacaEval-2에서 37.1점, Arena-Hard에서 30.1점의 두드러진 상승`
  assert.deepEqual(
    kinds('2025-03-07', 'AlpacaEval-2에서 37.1점').filter(([v]) => v === 37.1 || v === 30.1),
    [
      [37.1, 'gain'],
      [30.1, 'gain'],
    ],
  );
  // `LongBench 벤치마크에서 1.6점의 성능 향상`
  assert.deepEqual(
    kinds('2024-08-29', '1.6점의 성능 향상').filter(([v]) => v === 1.6),
    [[1.6, 'gain']],
  );
  // `39.27점을 기록하여 GPT-4-128K의 34.81점을 초과`: both levels
  assert.ok(kinds('2025-02-20', 'GPT-4-128K의 34.81점').every(([, k]) => k === 'score'));
  // `AIME 2024에서 50점을 기록하며, 기존 47점이`: the old level is a score
  assert.equal(kinds('2025-03-19', '기존 47점').find(([v]) => v === 47)?.[1], 'score');
});

test('2025-04-23: an attack success rate is its own metric, lower-is-better, not a success rate', () => {
  // `AgentDojo 벤치마크에서는 공격 성공률을 41.2%에서 2.2%로 낮추는 데 성공`
  assert.equal(run('2025-04-23', '공격 성공률을 41.2%에서 2.2%로').find((m) => m.value === 2.2)!.metric, 'attack success rate');
  assert.equal(benchmarks.metrics.refs.find((r) => r.metric === 'attack success rate')?.direction, 'lower');
});

test('2024-03-08, 2024-10-11: 각각 with no list of names as long takes the benchmarks of the values before it, in order', () => {
  // `GSM8K에서 82.6%, MATH에서 40.6%의 정확도를 달성함으로써 이전 모델들보다 각각 14.2%, 20.8% 향상`
  assert.deepEqual(
    run('2024-03-08', '각각 14.2%, 20.8%')
      .filter((m) => m.value === 14.2 || m.value === 20.8)
      .map((m) => [m.value, m.benchmark]),
    [
      [14.2, 'GSM8K'],
      [20.8, 'MATH'],
    ],
  );
  // `MATH에서 4-shot 정확도가 38.4%, GSM8K에서 69.9%로 각각 3.1%와 4.1% 향상`
  assert.deepEqual(
    run('2024-10-11', '각각 3.1%와 4.1%')
      .filter((m) => m.value === 3.1 || m.value === 4.1)
      .map((m) => [m.value, m.benchmark]),
    [
      [3.1, 'MATH'],
      [4.1, 'GSM8K'],
    ],
  );
});

test("2024-01-09, 2024-04-26, 2025-04-14, 2025-03-25, 2025-03-17, 2024-11-22: a name with words that qualify its data before 에서 (not a method's 기반, not a rival's 대비); names joined by a slash; a comma and 및 join a list a cue covers", () => {
  const bench = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.benchmark ?? null;
  assert.equal(bench('2024-01-09', 'Fisher 전화 통화 데이터셋에서', 25.9), 'Fisher');
  assert.equal(bench('2024-04-26', 'CNN/DM 문서 요약에서', 2.16), 'CNN/DM');
  assert.equal(bench('2025-04-14', 'BTCV 복부 CT 스캔 벤치마크에서', 1.3), 'BTCV');
  assert.notEqual(bench('2025-03-25', 'MaskGIT 기반 이미지 생성에서', 3.17), 'MaskGIT');
  assert.equal(
    benchmarks.mentions(sentence('2025-03-17', '기존의 UniMs 대비')).some((m) => m.raw === 'UniMs'),
    false,
  );
  assert.equal(benchmarks.mentions('여러 LLM/VLM 벤치마크에서 90%의 커버리지').length, 0);
  assert.deepEqual(
    run('2024-11-22', 'LVIS-val 제로샷 객체 탐지 벤치마크에서').map((m) => [m.value, m.benchmark]),
    [
      [56, 'COCO'],
      [59.8, 'LVIS-minival'],
      [52.4, 'LVIS-val'],
    ],
  );
});

test('2024-09-12, 2024-10-30, 2025-03-18: generalization splits in Korean (교차 작업, 크로스 과제 세트) and a named subset are the split', () => {
  const split = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.split ?? null;
  assert.equal(split('2024-09-12', '교차 작업 결과를 24.6%', 24.6), 'cross-task');
  assert.equal(split('2024-10-30', 'Mind2Web 크로스 과제 세트', 19.6), 'cross-task');
  assert.equal(split('2024-10-30', 'Mind2Web 크로스 과제 세트', 25.8), 'test');
  assert.equal(split('2025-03-18', 'Chat Hard subset', 16), 'Chat Hard');
});

test('2025-03-03, 2024-08-07: a name the text calls a data set (데이터셋인 X) is a benchmark; a speed or cost names its benchmark in its own sentence or has none', () => {
  assert.deepEqual(
    run('2025-03-03', '데이터셋인 SoS-1K에 대해')
      .map((m) => [m.value, m.benchmark])
      .filter(([v]) => v === 50 || v === 81),
    [
      [50, 'SoS-1K'],
      [81, 'SoS-1K'],
    ],
  );
  // `AVSegFormer보다 20% 적은 파라미터를 사용하면서도 3배 더 빠른 속도`: not the S4 benchmark of the sentence before
  const ms = paperMetrics('2024-08-07', '2408.01708');
  for (const v of [20, 3]) assert.equal(ms.find((m) => m.value === v)?.benchmark, null, String(v));
});

test('2024-09-26, 2024-12-26, 2024-04-30, 2025-04-03, 2024-07-10, 2024-10-23, 2024-01-09, 2024-08-27, 2025-03-26: kinds — a time, token use, layer size or parameters cut is efficiency, a quality measure cut is a drop; a low level and a level reached are scores; more of something and a gap are gains', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind ?? null;
  assert.equal(kind('2024-09-26', '작성 시간을 최대 43.9%까지', 43.9), 'efficiency');
  assert.equal(kind('2024-12-26', '68.64%의 토큰 사용량을 줄이며', 68.64), 'efficiency');
  assert.equal(kind('2024-04-30', '88.7% 적은 추가 매개변수', 88.7), 'efficiency');
  assert.equal(kind('2025-04-03', '평균 정확도가 1.6% 감소', 1.6), 'gain');
  assert.equal(kind('2024-07-10', '23-50%의 낮은 정확도', 50), 'score');
  assert.equal(kind('2024-10-23', '최대 58.6%에 도달', 58.6), 'score');
  assert.equal(kind('2024-01-09', 'CodeT5를 3점 차이', 3), 'gain');
  assert.equal(kind('2024-08-27', '59% 더 인간 같은', 59), 'gain');
  assert.deepEqual(
    run('2025-03-26', 'Exact Match(EM) 기준 15.81%')
      .filter((m) => m.value === 15.81 || m.value === 17.56)
      .map((m) => m.kind),
    ['gain', 'gain'],
  );
});

test('2025-05-02, 2025-02-10, 2024-10-01: a task named in Korean, where the sentence names no benchmark, is the benchmark in English (task_words.csv), only when every word of it is known and it is more than a task word', () => {
  const bench = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.benchmark ?? null;
  assert.equal(bench('2025-05-02', '뇌종양 분류 작업에서', 79.19), 'brain tumor classification');
  assert.equal(bench('2025-02-10', '긴 비디오 검색 작업에서는', 12.44), 'long video retrieval');
  assert.equal(bench('2024-10-01', '대화 요약 작업에서', 16.47), 'dialogue summarization');
  assert.equal(benchmarks.tasksIn('추론에서 5% 향상').length, 0, 'a task word alone says too little');
  assert.equal(benchmarks.tasksIn('무작위 분류에서 5% 향상').length, 0, 'an unknown word is not translated');
});

test('2025-03-07, 2024-08-27, 2025-02-12, 2024-09-18, 2025-03-21: 각각 pairs only the values of its clause, with the items of its list (an unnamed one, names in brackets); values it cannot pair with several names are on none; a dataset sized in millions is not a model; points lost are a change; a list with bracketed names shares its kind', () => {
  const b = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.benchmark]);
  // `PhD급 과학 QA, 경쟁수준의 수학 벤치마크(AMC23, AIME24, AIME25), 그리고 경쟁수준 코드 벤치마크(LiveCodeBench)에서
  // 각각 63.6%, 95.0%, 66.7%, 47.1% 및 47.3%`: five items, the first unnamed, the second three in brackets
  assert.deepEqual(b('2025-03-07', '각각 63.6%, 95.0%'), [
    [63.6, null],
    [95, 'AMC 23'],
    [66.7, 'AIME 2024'],
    [47.1, 'AIME 2025'],
    [47.3, 'LiveCodeBench'],
  ]);
  // `CIFAR-10과 ImageNet 데이터셋에서 각각 2%와 1.5%의 정확도 향상을 기록하였으며, … 20% 향상`
  assert.deepEqual(b('2024-08-27', 'CIFAR-10과 ImageNet 데이터셋에서 각각').slice(0, 2), [
    [2, 'CIFAR-10'],
    [1.5, 'ImageNet'],
  ]);
  assert.equal(run('2025-02-12', 'WebVid-10M에서는 FVD 120.65').find((m) => m.value === 120.65)?.benchmark, 'WebVid-10M');
  assert.deepEqual(
    run('2024-09-18', 'Citation Groundedness 점수가 26.67%(ASQA)')
      .filter((m) => m.value === 26.67 || m.value === 31.96)
      .map((m) => m.kind),
    ['gain', 'gain'],
  );
  assert.equal(run('2025-03-21', 'FID 점수에서 최대 1점 감소').find((m) => m.value === 1)?.kind, 'gain');
});

test('2025-03-03, 2024-04-12, 2024-01-09, 2025-05-02: a change of a quality measure right after the value is a gain (0.53%의 정확도 감소), whatever speed words are near; lists joined past 이상 and adverbs share their kind; English cue words are words (CutMix is no cut)', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind ?? null;
  assert.equal(kind('2025-03-03', '0.53%의 정확도 감소', 0.53), 'gain');
  assert.equal(kind('2024-04-12', '8% 이상, 특정 웹사이트에서는', 8), 'gain');
  assert.equal(kind('2024-01-09', '상대적으로 25.9%', 25.9), 'gain');
  assert.equal(kind('2025-05-02', 'YOCO가 91.60%', 91.6), 'score');
});

test('2023-12-21, 2023-12-14, 2024-10-02, 2024-03-07, 2025-03-03, 2024-08-08: units the text uses — tokens/s and memory (efficiency), dB (a level or a gain); memory only beside a word of memory, not hardware or a data size', () => {
  const at = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.unit, m.kind]);
  assert.deepEqual(
    at('2023-12-21', '13.20 토큰/초').filter(([v]) => v === 13.2 || v === 29.08),
    [
      [13.2, 'tokens/s', 'efficiency'],
      [29.08, 'tokens/s', 'efficiency'],
    ],
  );
  assert.deepEqual(
    at('2023-12-14', '0.65dB 높은 PSNR').find(([v]) => v === 0.65),
    [0.65, 'dB', 'gain'],
  );
  assert.deepEqual(
    at('2024-10-02', '메모리 사용량을 3.1GB로').find(([v]) => v === 3.1),
    [3.1, 'GB', 'efficiency'],
  );
  assert.ok(!at('2024-03-07', '24GB 메모리(NVIDIA RTX 4090 등)').some(([v]) => v === 24), 'the hardware it ran on');
  assert.ok(!at('2025-03-03', '61GB의 위키피디아').some(([v]) => v === 61), 'a data size');
  assert.equal(at('2024-08-08', '0.3-0.7 dB 정도 앞섰').find(([v]) => v === 0.7)?.[2], 'gain');
});

test('2024-07-08, 2024-10-11, 2025-03-12, 2024-09-02, 2024-11-21, 2025-03-24: a speed that rises and token use that is cut are efficiency; a quality measure that rises in times is a gain; a bracket after a value does not hide its cue; 에서도 joins a list; N% METRIC로 is a level', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind ?? null;
  assert.equal(kind('2024-07-08', '속도(Speed)는 약 30% 증가', 30), 'efficiency');
  assert.equal(kind('2024-10-11', '토큰 사용을 최대 90% 줄이고', 90), 'efficiency');
  assert.equal(kind('2024-10-11', '작업 성능을 2.8배 증가', 2.8), 'gain');
  assert.equal(kind('2025-03-12', '4.83%(멀티모달 벤치마크)', 4.83), 'gain');
  assert.equal(kind('2024-09-02', 'GPT 기반 점수에서도 35.5% 향상', 39), 'gain');
  assert.equal(kind('2024-11-21', '61.0% AUC로 대폭 개선', 61), 'score');
  assert.equal(kind('2025-03-24', '4.36% 상대적으로 향상', 4.36), 'gain');
});

test('2025-04-14, 2024-10-30: challenges, leaderboards and competitions are data words (BRATS 뇌종양 MRI 챌린지에서, Kaggle 데이터 과학 대회에서)', () => {
  assert.equal(run('2025-04-14', 'BRATS 뇌종양 MRI 챌린지에서').find((m) => m.value === 0.4)?.benchmark, 'BRATS');
  assert.equal(run('2024-10-30', 'Kaggle 데이터 과학 대회에서').find((m) => m.value === 85)?.benchmark, 'Kaggle');
});

test('2025-02-12, 2024-10-21: a bare number takes the metric of the sentence only when nothing names its own (FVD 49.77, CLIPSIM 32.32, CamMC 4.07: 4.07 is no FVD; 0.69의 전체 점수 is no FID)', () => {
  const metric = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.metric;
  assert.equal(metric('2025-02-12', 'CamMC 4.07', 49.77), 'FVD');
  assert.equal(metric('2025-02-12', 'CamMC 4.07', 4.07), null);
  assert.equal(metric('2024-10-21', '0.69의 전체 점수', 0.69), null);
});

test('2025-03-28, 2025-02-13, 2025-04-30: a bare number beside its metric is a change when the words after say so (2.65 PSNR의 평균적인 향상, 평균 4.4 낮은 점수), a level when they describe it (91.3의 높은 점수)', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind ?? null;
  assert.equal(kind('2025-03-28', '2.65 PSNR의 평균적인 향상', 2.65), 'gain');
  assert.equal(kind('2025-02-13', '평균 4.4 낮은 점수', 4.4), 'gain');
  assert.equal(kind('2025-04-30', '91.3의 높은 점수', 91.3), 'score');
});

test('2025-04-22: an average over a list of benchmarks (AIME, AMC, MATH-500 등 6개의 주요 수학 벤치마크에서 … 평균 49.6점) is on none of them', () => {
  assert.equal(run('2025-04-22', '평균 49.6점').find((m) => m.value === 49.6)?.benchmark, null);
});

test('2025-03-07: one number for a list (MLVU 및 LongVideoBench와 같은 여러 벤치마크에서 5% 넘는 향상) is on none of its names', () => {
  assert.equal(run('2025-03-07', 'MLVU 및 LongVideoBench와 같은').find((m) => m.value === 5)?.benchmark, null);
});

test('2025-03-03, 2025-03-18: 각각 in a sentence that names nothing pairs with the list of the sentence it refers back to (GenEval 및 DPG … 각각 +2 및 +5), speeds excepted (학습 및 추론 속도는 각각 3.5%와 5%)', () => {
  const ms = paperMetrics('2025-03-03', '2502.21318');
  assert.deepEqual(
    [2, 5].map((v) => ms.find((m) => m.value === v)?.benchmark),
    ['GenEval', 'DPG'],
  );
  const wisa = paperMetrics('2025-03-18', '2503.08153');
  assert.deepEqual(
    [3.5, 5].map((v) => wisa.find((m) => m.value === v)?.benchmark),
    [null, null],
  );
});

test('2025-03-17, 2024-03-08, 2025-02-12: a resolution is part of a name (ImageNet 256×256과 UCF101 … 각각), -Bench names are benchmarks anywhere (ToolBench에 대한 광범위한 실험), little words inside a name (Needle in a Haystack 작업에서)', () => {
  assert.deepEqual(
    run('2025-03-17', 'ImageNet 256×256과 UCF101')
      .map((m) => [m.value, m.benchmark])
      .slice(0, 2),
    [
      [2.4, 'ImageNet 256x256'],
      [8.6, 'UCF-101'],
    ],
  );
  assert.equal(run('2024-03-08', 'ToolBench에 대한 광범위한').find((m) => m.value === 46.7)?.benchmark, 'ToolBench');
  assert.equal(run('2025-02-12', 'Needle in a Haystack 작업에서 60B').find((m) => m.value === 85.8)?.benchmark, 'Needle in a Haystack');
});

test('2025-05-02, 2024-08-09: a task named in Korean with its English beside it is that English (공간 과업(spatial task)에서는, 런타임 오류 탐지(Run-time error detection)에서는)', () => {
  assert.equal(run('2025-05-02', '과업(spatial task)에서는').find((m) => m.value === 5)?.benchmark, 'spatial task');
  assert.equal(
    run('2024-08-09', '오류 탐지(Run-time error detection)').find((m) => m.value === 97.51)?.benchmark,
    'Run-time error detection',
  );
});

test('2025-02-12, 2024-10-01, 2024-10-22: a name after a value is not its own when it is where the next value is (작업에서 최대 33% 및 … (MDQA)에서 27.2%; 1.8배 더 빠르게 수렴하고 ARC-Challenge 벤치마크에서 약 6점), but is across a comma (5%의 향상을 Lean-dojo 벤치마크에서, 그리고 2.5%)', () => {
  assert.equal(run('2025-02-12', 'Needle in a Haystack 작업에서 60B').find((m) => m.value === 33)?.benchmark, null);
  assert.equal(run('2025-02-12', 'Needle in a Haystack 작업에서 60B').find((m) => m.value === 27.2)?.benchmark, 'MDQA');
  assert.equal(run('2024-10-01', '1.8배 더 빠르게 수렴하고 ARC-Challenge').find((m) => m.value === 1.8)?.benchmark, null);
  assert.equal(run('2024-10-22', '5%의 성능 향상을 Lean-dojo').find((m) => m.value === 5)?.benchmark, 'Lean-dojo');
});

test('2024-12-20, 2023-12-15, 2025-01-02: not benchmarks — a name ending in a metric (Onset ACC에서), data a model was trained on (TinyGSM에서 미세 조정 후), the tail of a Korean word (미니F2F 테스트에서)', () => {
  assert.equal(run('2024-12-20', 'Onset ACC에서').find((m) => m.value === 36.5)?.benchmark, 'VGGSounds');
  assert.equal(run('2023-12-15', 'TinyGSM에서 미세 조정 후').find((m) => m.value === 81.5)?.benchmark, null);
  assert.equal(run('2025-01-02', '미니F2F 테스트에서').find((m) => m.value === 68.4)?.benchmark, null);
});

test('2024-01-24, 2024-11-28, 2024-12-09, 2025-04-16: metrics.csv rows ANLS (65.6% ANLS), R@k (25%의 R@0.5), F-점수, J&F (J &F 점수 87.26%, not F1); captioning and grounding are task words (YouCook2 밀집 비디오 캡셔닝에서)', () => {
  const metric = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.metric;
  assert.equal(metric('2024-01-24', '65.6% ANLS', 65.6), 'ANLS');
  assert.equal(metric('2024-11-28', '25%의 R@0.5', 25), 'recall');
  assert.equal(metric('2024-12-09', 'F-점수가 0.575', 0.575), 'F1');
  assert.equal(metric('2025-04-16', 'J &F 점수 87.26%', 87.26), 'J&F');
  assert.equal(run('2024-11-28', '25%의 R@0.5').find((m) => m.value === 76)?.benchmark, 'YouCook2');
});

test('2024-10-17, 2024-10-21: a gap is a difference (FID 격차를 10% 이내로 좁히는: a gain, not an FID of 10); `X의 경우` names the data of a clause when X is a benchmark (ImageNet-LT의 경우)', () => {
  assert.equal(run('2024-10-17', 'FID 격차를 10% 이내로').find((m) => m.value === 10)?.kind, 'gain');
  assert.equal(run('2024-10-21', 'ImageNet-LT의 경우').find((m) => m.value === 23.64)?.benchmark, 'ImageNet-LT');
});

test('2025-05-09, 2024-10-11, 2024-04-12, 2024-06-19: a clause that says in Korean where its value is is not on the benchmark named before (시각적 텍스트 렌더링에서는 …, …, 상식 추론 과제에서는 평균 71.08%); a part of it is (특정 웹사이트에서는 최대 36%), and so is a model (Zephyr 기반 모델에서는 8.02%)', () => {
  // (the task it names in Korean is where it is: task_words.csv)
  assert.equal(paperMetrics('2025-05-09', '2505.05470').find((m) => m.value === 92)?.benchmark, 'visual text rendering');
  const wiki = run('2024-10-11', '다섯 가지 일반적 상식 추론 과제에서는');
  assert.deepEqual(
    [7.43, 71.08].map((v) => wiki.find((m) => m.value === v)?.benchmark),
    ['WikiText-2', null],
  );
  assert.equal(run('2024-04-12', '특정 웹사이트에서는 최대 36%').find((m) => m.value === 36)?.benchmark, 'WebVoyager');
  assert.equal(run('2024-06-19', 'Zephyr 기반 모델에서는 8.02%').find((m) => m.value === 9.35)?.benchmark, 'AlpacaEval 2.0');
  // a list of places: `CNN/DM 문서 요약에서 최대 2.16배, 코딩에서 1.82배, TOPv2 의미 파싱 작업에서 2.0배`; not a split
  // (`ProofNet에서는 검증 셋에서 21.6%, 테스트 셋에서 23.7%`)
  const places = run('2024-04-26', '코딩에서 1.82배');
  assert.deepEqual(
    [2.16, 1.82].map((v) => places.find((m) => m.value === v)?.benchmark),
    ['CNN/DM', null],
  );
  assert.equal(run('2024-08-16', '테스트 셋에서 23.7%').find((m) => m.value === 23.7)?.benchmark, 'ProofNet');
});

test('2024-09-18, 2024-10-01: 각각 after a list of metrics gives each value its metric, in order (최고 신호 대 잡음 비율(PSNR)과 구조적 유사 지수(SSIM)를 각각 최대 8.91%와 5.62%; 정확도(accuracy)와 F1 score에서 각각 5%와 7%)', () => {
  const metrics = (date: string, needle: string, vs: number[]) => vs.map((v) => run(date, needle).find((m) => m.value === v)?.metric);
  assert.deepEqual(metrics('2024-09-18', '구조적 유사 지수(SSIM)를', [8.91, 5.62]), ['PSNR', 'SSIM']);
  assert.deepEqual(metrics('2024-10-01', '정확도(accuracy)와 F1 score에서 각각', [5, 7]), ['accuracy', 'F1']);
});

test("2025-03-05: a data paper's own data is not a known benchmark spelt otherwise (SPIDER of a pathology paper is not Yale's Spider)", () => {
  const rows = metricRows(digest('2025-03-05').papers.find((p) => p.arxiv_id === '2503.02876')!, benchmarks);
  assert.deepEqual(
    rows.filter((r) => r.value === 96.2).map((r) => [r.benchmark, r.benchmark_known]),
    [['SPIDER', false]],
  );
});

test('2024-05-01: a training set is a split only where a result is read on it (훈련 세트의 예제만을 사용하여 … 81.6%: what the model learnt from)', () => {
  assert.equal(run('2024-05-01', '훈련 세트의 예제만을 사용하여').find((m) => m.value === 81.6)?.split, null);
});

test('2025-03-21: points are points of the metric named nearby (Inception Score에서 평균 59점 향상: IS; FID 점수에서 최대 1점 감소: FID)', () => {
  const ms = paperMetrics('2025-03-21', '2503.16194');
  assert.deepEqual(
    [59, 1].map((v) => ms.find((m) => m.value === v)?.metric),
    ['IS', 'FID'],
  );
});

test('2024-11-22, 2024-10-10, 2024-10-11: the class groups of long-tailed data are splits (LVIS 드문 클래스에서 63.3 AP: rare); points or a metric right after what they are compared with rise when their clause says so (각각 12.4점과 평균 56.4에서 58.1로 향상; QuaRot에 비해 0.98 perplexity 및 5.98 포인트의 정확도 향상)', () => {
  assert.equal(run('2024-11-22', 'LVIS 드문 클래스에서').find((m) => m.value === 63.3)?.split, 'rare');
  assert.equal(run('2024-10-10', '각각 12.4점과 평균 56.4에서').find((m) => m.value === 12.4)?.kind, 'gain');
  assert.equal(run('2024-10-11', 'QuaRot에 비해 0.98 perplexity').find((m) => m.value === 0.98)?.kind, 'gain');
});

test('2024-10-21, 2024-10-10: a list of names before 에서 is a list (MSCOCO-30K 및 GenEval에서 FID 8.53과 61%의 정확도: values of two measures joined as one list; RealInstruct와 IFEval에서 각각 22.0%와 33.8%)', () => {
  assert.deepEqual(
    run('2024-10-21', 'MSCOCO-30K 및 GenEval에서').map((m) => [m.value, m.benchmark]),
    [
      [8.53, 'MSCOCO-30K'],
      [61, 'GenEval'],
    ],
  );
  assert.deepEqual(
    run('2024-10-10', 'RealInstruct와 IFEval에서 각각').map((m) => m.benchmark),
    ['RealInstruct', 'IFEval'],
  );
});

test('2024-08-26, 2025-02-24: memory used on a GPU is memory (2.3GB의 GPU 메모리 사용량을 절감); a rise between two values rounded to a tenth is in points (56.8%에서 74.1%로 17.4% 이상 향상: 17.4 pp)', () => {
  assert.equal(run('2024-08-26', '2.3GB의 GPU 메모리').find((m) => m.value === 2.3)?.unit, 'GB');
  assert.equal(run('2025-02-24', '56.8%에서 74.1%로 17.4%').find((m) => m.value === 17.4)?.unit, 'pp');
});

test('2025-01-23, 2025-03-18, 2024-10-22: a share of people or cases is a level, whatever they did (96.3%의 인간 참가자를 능가; 최대 59%의 사례에서 … 능가), not a user experience that rose (17%에서 28% 사이의 사용자 경험 향상)', () => {
  assert.equal(run('2025-01-23', '96.3%의 인간 참가자를').find((m) => m.value === 96.3)?.kind, 'score');
  assert.equal(run('2025-03-18', '최대 59%의 사례에서').find((m) => m.value === 59)?.kind, 'score');
  assert.equal(run('2024-10-22', '사이의 사용자 경험 향상').find((m) => m.value === 28)?.kind, 'gain');
});

test('2023-12-21, 2023-12-29: a rate written with its time first (초당 38프레임의 속도: 38 fps; 초당 21.5 토큰: tokens/s)', () => {
  assert.deepEqual(
    run('2023-12-21', '초당 38프레임의 속도').map((m) => [m.value, m.unit, m.kind]),
    [[38, 'fps', 'efficiency']],
  );
  assert.equal(run('2023-12-29', '초당 21.5 토큰').find((m) => m.value === 21.5)?.unit, 'tokens/s');
});

test('2024-12-11, 2024-10-10, 2024-09-17: points are results and a difference (최대 20+ 포인트 향상; 17.3포인트, … 11.6포인트의 성능 향상), not a type size (10포인트 글꼴)', () => {
  assert.deepEqual(
    run('2024-12-11', '최대 20+ 포인트').map((m) => [m.value, m.kind]),
    [[20, 'gain']],
  );
  assert.deepEqual(
    run('2024-10-10', 'MMEB 데이터셋에서 17.3포인트').map((m) => [m.value, m.kind]),
    [
      [17.3, 'gain'],
      [11.6, 'gain'],
    ],
  );
  assert.ok(!run('2024-09-17', '10포인트 글꼴').some((m) => m.value === 10));
});

test('2024-03-01, 2025-02-05, 2024-11-22: not results — a size compared (4배 큰 훈련 세트, 10배 더 큰 InternVL2-76B와 유사한 성능), a scale factor of the task (4x 초해상도 작업에서, 16배 다운샘플링 비율)', () => {
  assert.ok(!run('2024-03-01', '4배 큰 훈련 세트').some((m) => m.value === 4));
  assert.ok(!run('2025-02-05', '4x 초해상도 작업에서').some((m) => m.value === 4));
  assert.ok(!run('2024-11-22', '10배 더 큰 InternVL2-76B').some((m) => m.value === 10));
});

test("2024-12-30, 2025-01-09: a metric past a comma right after another value is that value's (MVBench에서 66.8점, Charades-STA에서 40.2 R@0.5 점: 66.8 is no recall), unless the values are one list (각각 88.8%, 81.5%, …, 90.3% mAP)", () => {
  const ms = run('2024-12-30', 'Charades-STA에서 40.2 R@0.5');
  assert.deepEqual(
    [66.8, 40.2].map((v) => ms.find((m) => m.value === v)?.metric),
    ['score', 'recall'],
  );
  assert.equal(run('2025-01-09', '90.3% mAP를').find((m) => m.value === 89.3)?.metric, 'mAP');
});

test('benchmarks.csv family: variants stay apart and are grouped (2025-03-19: AIME 2024에서 50점 → benchmark AIME 2024, family AIME; AlpacaEval 2.0 is not AlpacaEval)', () => {
  const rows = metricRows(digest('2025-03-19').papers.find((p) => p.arxiv_id === '2503.14476')!, benchmarks);
  const r = rows.find((m) => m.value === 50 && m.benchmark === 'AIME 2024');
  assert.equal(r?.benchmark_family, 'AIME');
  assert.equal(benchmarks.family('AIME 2025'), 'AIME');
  assert.equal(benchmarks.family('GSM8K'), 'GSM8K');
  assert.equal(benchmarks.canonical('AlpacaEval 2'), 'AlpacaEval 2.0');
  // (2025-03-26 `GPQA-Diamond에서는 74.0%에서 74.8%로`: the subset is its own board, grouped under GPQA)
  assert.equal(benchmarks.canonical('GPQA-Diamond'), 'GPQA Diamond');
  assert.equal(benchmarks.family('GPQA Diamond'), 'GPQA');
});

test('2025-03-28: a summary over the data is no benchmark (전반적인 Aggregate에서 0.487)', () => {
  assert.notEqual(run('2025-03-28', '전반적인 Aggregate에서 0.487').find((m) => m.value === 0.487)?.benchmark, 'Aggregate');
});

test('review guards (constructed sentences): a phrase before a known name is not part of it; settings are not places; a training set with a share is no split; English points are a level; 초당 N 장면 is no rate', () => {
  const x = (s: string) => extractFromSection(s, benchmarks).map((m) => [m.value, m.benchmark, m.split, m.kind, m.unit]);
  assert.equal(benchmarks.mentions('Performance of Claude on GSM8K에서 80%')[0]?.raw, 'GSM8K');
  assert.deepEqual(x('GSM8K에서 80.1%, 제로샷 설정에서는 75.3%를 기록했다.')[1], [75.3, 'GSM8K', null, 'score', '%']);
  assert.deepEqual(x('훈련 세트 10%만 사용하여 MMLU에서 80.2%를 달성했다.').at(-1), [80.2, 'MMLU', null, 'score', '%']);
  assert.equal(x('MT-Bench에서 8.5 points를 기록했다.')[0]?.[3], 'score');
  assert.ok(!x('초당 30 장면을 처리한다.').some((m) => m[4] === 'fps'));
});

test("2024-08-16, 2025-02-12, 2024-11-04: a score with no metric named takes the one metric its entry gives that benchmark's scores, unless a word before it names its own; a gap after a value makes it a gain", () => {
  const rows = (date: string, id: string) => metricRows(digest(date).papers.find((p) => p.arxiv_id === id)!, benchmarks);
  // DeepSeek-Prover-V1.5: `트리 탐색 기법을 통합하여 63.5%의 새로운 최고 기록` after `miniF2F 벤치마크에서 60.2%의 통과율`
  assert.equal(rows('2024-08-16', '2408.08152').find((m) => m.value === 63.5)!.metric, 'pass rate');
  // `RealEstate10K 데이터셋에서 FVD 49.77, CLIPSIM 32.32, CamMC 4.07을 기록`
  assert.equal(rows('2025-02-12', '2502.07531').find((m) => m.value === 4.07)!.metric, null);
  // `95.2%를 기록한 인간 성능과 비교할 때 여전히 57.3%의 큰 격차`
  assert.equal(rows('2024-11-04', '2410.23266').find((m) => m.value === 57.3)!.kind, 'gain');
});

test('2025-03-24, 2025-03-28: a value surpassed (Qwen2.5-VL-7B의 68.5%를 초과) is a score, not a gain; a signed one (+12%를 초과) stays a gain', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind;
  assert.equal(kind('2025-03-24', '68.5%를 초과하는', 68.5), 'score');
  assert.equal(kind('2025-03-24', '68.5%를 초과하는', 69.4), 'score');
  assert.equal(kind('2025-03-28', '+12%를 초과합니다', 12), 'gain');
});

test('2025-04-17, 2024-11-28, 2024-11-18: one number for a short list of names is on them together (AIME2024 및 AIME2025에서 … 67%); not where 각각 pairs them, nor for a list of examples (MMStar, MMBench, MathVista 등의)', () => {
  const bench = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.benchmark;
  assert.equal(bench('2025-04-17', 'AIME2024 및 AIME2025에서', 67), 'AIME 2024 / AIME 2025');
  assert.equal(bench('2024-11-28', '각각 48.5와 43.1', 43.1), 'LVIS');
  assert.notEqual(bench('2024-11-18', 'MMStar, MMBench, MathVista 등의', 8.9), 'MMBench / MathVista');
});

test('2025-04-30: an English gloss after a Korean name that ends in a Latin word names data too (실시간 QA(RealTime QA) 벤치마크에서), and a list of such glosses is a list', () => {
  const ms = benchmarks.mentions(sentence('2025-04-30', '실시간 QA(RealTime QA)'));
  assert.deepEqual(
    ms.map((m) => m.raw),
    ['Natural Questions', 'RealTime QA'],
  );
});

test('kinds of the fifth session (a sample never looked at before): energy and compute are costs, comparatives are gains, names keep their numbers', () => {
  const kinds = (date: string, needle: string) => Object.fromEntries(run(date, needle).map((m) => [`${m.value}${m.unit ?? ''}`, m.kind]));
  // `에너지 소비를 2.39배, RTX4090 하나에서는 1.99배 감소`: energy is a cost
  assert.deepEqual(kinds('2023-12-21', '에너지 소비를 2.39배'), { '2.39x': 'efficiency', '1.99x': 'efficiency' });
  // `ANI-1x 데이터셋을 이용한 … 24배 적은 컴퓨팅 자원`: compute is a cost, and ANI-1x's number is its name's
  assert.deepEqual(kinds('2025-02-19', '24배 적은 컴퓨팅'), { '24x': 'efficiency' });
  // `PAR-4x 설정에서는 3.46초`: nor is a setting's name a speed-up
  assert.ok(!run('2024-12-23', 'PAR-4x 설정에서는').some((m) => m.unit === 'x'));
  // `CoT-Self-Consistency보다 20% 이상 성능이 좋으며, 동시에 10-40배 적은 추론 컴퓨팅을 요구`
  assert.deepEqual(kinds('2024-02-07', '20% 이상 성능이 좋으며'), { '20%': 'gain', '40x': 'efficiency' });
  // `… 방법보다 2% 이상 뛰어났습니다`, `… 정책을 각각 57% 이상 초월한 것입니다`: better by, a gain
  assert.equal(kinds('2025-03-04', '2% 이상 뛰어났습니다')['2%'], 'gain');
  assert.equal(kinds('2024-12-19', '57% 이상 초월')['57%'], 'gain');
  // …but the surpassed one's own value in brackets is its score: `StarCoder2-3B(각각 27.4 점수)를 뛰어넘었습니다`
  assert.equal(kinds('2024-09-05', '각각 27.4 점수')['27.4'], 'score');
  // a gloss in brackets stands between a value and its cue: `3.6%의 상대적인 WER (Word Error Rate, 단어 오류율) 개선`
  assert.deepEqual(kinds('2024-01-24', 'YouTube 캡셔닝에서 평균 3.6%'), { '10.8%': 'gain', '3.6%': 'gain' });
  // a speed's range read from its start: `추론 속도를 326% - 414% 향상`
  assert.equal(kinds('2024-06-11', '326% - 414% 향상')['414%'], 'efficiency');
  // a list of owners' values shares its kind: `DiT의 52%, Pixart-α의 65% 계산 복잡도로`
  assert.deepEqual(kinds('2024-09-09', '65% 계산 복잡도'), { '52%': 'efficiency', '65%': 'efficiency' });
});

test('2025-04-22, 2023-12-21, 2025-03-04: hours are a unit of time taken; a song’s length is no result', () => {
  // `9배 더 빠른 속도(1.45시간 대 13.50시간)`
  assert.deepEqual(
    run('2025-04-22', '1.45시간 대 13.50시간')
      .filter((m) => m.unit === 'h')
      .map((m) => [m.value, m.kind]),
    [
      [1.45, 'efficiency'],
      [13.5, 'efficiency'],
    ],
  );
  // `8개의 A100 GPU를 사용하여 23시간 만에 … 훈련을 완료`
  assert.ok(run('2024-03-19', '23시간 만에').some((m) => m.value === 23 && m.unit === 'h' && m.kind === 'efficiency'));
  // `사용자는 24시간 이내에 대화를 검토하고 …`: a person's window, not time a computation took
  assert.deepEqual(run('2024-08-16', '24시간 이내에 대화를'), []);
  // `4분 45초 길이의 전체 곡을 불과 10초 만에 합성`: the length is what was made, the 10 s how fast
  assert.deepEqual(
    run('2025-03-04', '4분 45초 길이의').map((m) => [m.value, m.unit]),
    [[10, 's']],
  );
});

test('fifth session: slash pairs of values and of known names; a decimal recorded on a named benchmark', () => {
  const got = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.unit, m.benchmark, m.kind]);
  // `EnWik8에서 … 1.37배/1.24배 빠른 전/후방 통과 속도`: a value after a slash, when a unit ends the one before
  assert.deepEqual(got('2023-12-12', '1.37배/1.24배'), [
    [1.37, 'x', 'EnWik8', 'efficiency'],
    [1.24, 'x', 'EnWik8', 'efficiency'],
  ]);
  // `ARC-Easy/ARC-Challenge와 MathQA에서 각각 31.31%/12.88% 및 9.69%`: two known names joined by a slash are two
  assert.deepEqual(
    run('2024-10-30', 'ARC-Easy/ARC-Challenge와 MathQA').map((m) => [m.value, m.benchmark]),
    [
      [31.31, 'ARC-Easy'],
      [12.88, 'ARC-Challenge'],
      [9.69, 'MathQA'],
    ],
  );
  // `CALVIN ABC에서 4.01을, LIBERO-90에서 0.95의 성과를 달성`: no metric named, still results on those benchmarks
  assert.deepEqual(
    run('2024-12-19', 'CALVIN ABC에서 4.01을')
      .filter((m) => m.unit === null)
      .map((m) => [m.value, m.benchmark, m.kind]),
    [
      [4.01, 'CALVIN ABC', 'score'],
      [0.95, 'LIBERO-90', 'score'],
    ],
  );
  // `MME의 4가지 지각 하위 과제에서도 총 76.33의 향상`: an unnamed rise
  assert.ok(run('2024-10-23', '총 76.33의 향상').some((m) => m.value === 76.33 && m.kind === 'gain'));
});

test('2024-12-13, 2024-12-30: one number after names given as examples (X, Y, Z 등에서) is on none of them', () => {
  // `R2R, RxR-EN, REVERIE 등에서 평균 성공률이 3% 증가`
  assert.equal(run('2024-12-13', 'REVERIE 등에서').find((m) => m.value === 3)?.benchmark, null);
  // `MedQA, MedMCQA, PubMedQA 등의 의료 벤치마크에서 8.5포인트의 향상`
  assert.equal(run('2024-12-30', 'PubMedQA 등의 의료 벤치마크에서').find((m) => m.value === 8.5)?.benchmark, null);
});

test('2024-10-01, 2024-10-30: a task named in Korean, word by word from task_words.csv (관절 객체 조작 → articulated object manipulation)', () => {
  assert.ok(paperMetrics('2024-10-01', '2409.20551').some((m) => m.benchmark === 'articulated object manipulation'));
  assert.ok(paperMetrics('2024-10-30', '2410.22325').some((m) => m.benchmark === 'robot manipulation'));
});

test('2025-05-02, 2024-04-01, 2024-03-22: a change is signed as the measure moved; a quality change named before its values is a gain', () => {
  // `정확도 감소는 각각 1.65%와 1.21%로 최소화`: drops, both (the subject names the change before the values)
  const ada = run('2025-05-02', '정확도 감소는 각각');
  assert.deepEqual(
    ada.filter((m) => m.value === 1.65 || m.value === 1.21).map((m) => [m.kind, m.delta]),
    [
      ['gain', -1.65],
      ['gain', -1.21],
    ],
  );
  // `SSIM을 32% 향상시키고 절대 궤적 오류(ATE)를 80% 감소`: up, then down
  const splat = run('2024-04-01', 'SSIM을 32% 향상');
  assert.deepEqual(
    [32, 80].map((v) => splat.find((m) => m.value === v)?.delta),
    [32, -80],
  );
  // `FVD … 292.4보다 27.3% 더 나은`: FVD is lower-is-better, so better is down
  assert.equal(run('2024-03-22', '27.3% 더 나은').find((m) => m.value === 27.3)?.delta, -27.3);
});

test('2025-04-22, 2025-03-28, 2024-05-24: evaluation modes and a test set named right after a Latin name are splits', () => {
  // `오프라인 평가에서 Gemini-1.5-Pro의 정확도가 19.3%에서 51.7%로 …, 온라인 평가에서는 … 32.8%로`
  const gui = paperMetrics('2025-04-22', '2504.13805');
  assert.deepEqual(
    [51.7, 32.8].map((v) => gui.find((m) => m.value === v)?.split),
    ['offline', 'online'],
  );
  // `로컬 평가에서는 … MIA 점수에서 0.501을`
  assert.equal(paperMetrics('2025-03-28', '2503.21088').find((m) => m.value === 0.501)?.split, 'local');
  // `Lean 4 miniF2F 테스트에서 … 46.3%`
  assert.equal(paperMetrics('2024-05-24', '2405.14333').find((m) => m.value === 46.3)?.split, 'test');
});

test('2024-10-28, 2024-04-02: latency and human effort improved or cut are efficiency, not gains', () => {
  // `평균 종단간 지연 시간을 최대 6.1% 개선`
  assert.equal(run('2024-10-28', '지연 시간을 최대 6.1%').find((m) => m.value === 6.1)?.kind, 'efficiency');
  // `필요한 인간 노력을 최대 73%까지 줄이는`
  assert.equal(run('2024-04-02', '인간 노력을 최대 73%').find((m) => m.value === 73)?.kind, 'efficiency');
});

test("2023-12-12, 2024-10-21: a metric right after an earlier value is that value's, not the next item's; a pass mark is no result", () => {
  // `DocVQA에서 78.2% ANLS, MMVet에서 36.2%를 달성`
  const vary = run('2023-12-12', '78.2% ANLS');
  assert.deepEqual(
    [78.2, 36.2].map((v) => vary.find((m) => m.value === v)?.metric ?? null),
    ['ANLS', null],
  );
  // `MedQA(USMLE)에서 75.7%의 점수를 기록하며, 이는 의사 합격 기준(약 60%)을 초과하고`
  const med = run('2024-10-21', '의사 합격 기준');
  assert.ok(med.some((m) => m.value === 75.7));
  assert.ok(!med.some((m) => m.value === 60));
});

test('2024-08-02, 2024-11-27: fewer interactions and tokens cut are efficiency', () => {
  // `이전 접근법보다 3배 적은 상호작용으로`
  assert.equal(run('2024-08-02', '3배 적은 상호작용').find((m) => m.value === 3)?.kind, 'efficiency');
  // `불필요한 시각적 토큰을 33% 줄이고, 성능을 1.4배 향상`: the cut is efficiency, the rise a gain
  const ui = run('2024-11-27', '시각적 토큰을 33% 줄이고');
  assert.deepEqual(
    [33, 1.4].map((v) => ui.find((m) => m.value === v)?.kind),
    ['efficiency', 'gain'],
  );
});

test('2024-03-28: a development set is `dev`, and does not reach past the next benchmark named after a value', () => {
  // `MedMCQA (개발)에서 57.3%, MMLU Medical Genetics 시험에서 69.0%`
  const bio = paperMetrics('2024-03-28', '2403.18421');
  assert.deepEqual(
    [57.3, 69].map((v) => bio.find((m) => m.value === v)?.split ?? null),
    ['dev', null],
  );
});

test('2024-05-28, 2024-06-07: 빠릅니다 is faster, and a cost that is only a share (비용이 12%에 불과) is efficiency', () => {
  // `FlowVid, CoDeF, Rerender 및 TokenFlow보다 각각 15배, 46배, 108배, 158배 빠릅니다`
  assert.deepEqual(
    run('2024-05-28', '158배 빠릅니다')
      .filter((m) => m.unit === 'x')
      .map((m) => m.kind),
    ['efficiency', 'efficiency', 'efficiency', 'efficiency'],
  );
  assert.equal(run('2024-06-07', '비용이 12%에 불과').find((m) => m.value === 12)?.kind, 'efficiency');
});

test('2024-04-23, 2024-05-28: bare decimals listed on a named benchmark, and one a score names before it, are results', () => {
  // `MT-bench에서 8.7과 8.9 달성`
  const phi = paperMetrics('2024-04-23', '2404.14219');
  assert.ok(phi.some((m) => m.value === 8.7) && phi.some((m) => m.value === 8.9));
  // `MTEB 벤치마크에서 검색 과제 15개에서도 최고 점수인 59.36을 달성`
  assert.equal(run('2024-05-28', '최고 점수인 59.36').find((m) => m.value === 59.36)?.kind, 'score');
});

test('2024-02-23, 2024-10-30, 2025-01-07: fewer search steps are efficiency; a level near a value or reached well is a score, not a rise', () => {
  // `A* 탐색보다 최대 26.8% 적은 탐색 단계를 사용한다`
  assert.equal(run('2024-02-23', '26.8% 적은 탐색 단계').find((m) => m.value === 26.8)?.kind, 'efficiency');
  // `100%에 가까운 높은 성공률을 달성했으며`
  assert.equal(run('2024-10-30', '100%에 가까운').find((m) => m.value === 100)?.kind, 'score');
  // `GigaSpeech와 SPGISpeech에서도 각각 9.12%, 1.84%의 WER로 우수한 결과를 얻었습니다`
  assert.deepEqual(
    run('2025-01-07', '1.84%의 WER로 우수한')
      .filter((m) => m.value === 9.12 || m.value === 1.84)
      .map((m) => m.kind),
    ['score', 'score'],
  );
});

test('2023-12-08, 2025-04-07, 2025-02-19, 2025-04-22: Box and Mask AP, mAP at a cut-off, GFID are metrics; a number inside mAP@50:95 is none', () => {
  // `2.13 Box AP 및 1.84 Mask AP의 개선`: two gains, in AP
  assert.deepEqual(
    run('2023-12-08', '2.13 Box AP')
      .filter((m) => m.value === 2.13 || m.value === 1.84)
      .map((m) => [m.metric, m.kind]),
    [
      ['AP', 'gain'],
      ['AP', 'gain'],
    ],
  );
  // `mAP@0.5에서 0.720, mAP@0.5:0.95에서 0.477의 성능을 기록`
  assert.deepEqual(
    run('2025-04-07', 'mAP@0.5에서 0.720')
      .filter((m) => m.metric === 'mAP')
      .map((m) => m.value),
    [0.72, 0.477],
  );
  // `1.5M 이터레이션에서 8.8 GFID를 기록`
  assert.equal(run('2025-02-19', '8.8 GFID').find((m) => m.value === 8.8)?.metric, 'FID');
  // `YOLOv12는 다중 클래스 설정에서 좀 더 높은 mAP@50:95를 보였습니다`: no 95
  assert.ok(!run('2025-04-22', '좀 더 높은 mAP@50:95').some((m) => m.value === 95));
});

test('2024-06-07, 2025-02-17, 2024-09-19: `Game of 24`, an agent environment (TextWorld 환경에서), an acronym in brackets before 벤치마크 name benchmarks', () => {
  // `Game of 24에서 11%, Geometric Shapes에서 20%`
  assert.equal(run('2024-06-07', 'Game of 24에서 11%').find((m) => m.value === 11)?.benchmark, 'Game of 24');
  // `TextWorld 환경에서 STMA는 기존 최첨단 모델 대비 성공률 31.25% 상승`
  assert.equal(run('2025-02-17', 'TextWorld 환경에서 STMA는').find((m) => m.value === 31.25)?.benchmark, 'TextWorld');
  // `Public language model personalization (LaMP) 벤치마크에서 … 35.8%까지`; brackets after a name are its own
  assert.equal(run('2024-09-19', '(LaMP) 벤치마크에서').find((m) => m.value === 35.8)?.benchmark, 'LaMP');
  assert.equal(run('2024-11-22', 'MGSM(English) 데이터셋에서').find((m) => m.value === 6.17)?.benchmark, 'MGSM');
});

test('2024-06-19: a citation between two names listed does not part them; the row keeps the sentence as written', () => {
  // `HumanEval (Chen et al., 2021) 및 MBPP (Austin et al., 2021a) 벤치마크에서 … 각각 70.53%와 80.92%`
  const rows = metricRows(digest('2024-06-19').papers.find((p) => p.arxiv_id === '2406.11912')!, benchmarks);
  const r = (v: number) => rows.find((m) => m.value === v)!;
  assert.deepEqual([r(70.53).benchmark, r(80.92).benchmark], ['HumanEval', 'MBPP']);
  assert.match(String(r(70.53).sentence), /HumanEval \(Chen et al\., 2021\) 및 MBPP/);
});

test('2025-01-03, 2024-02-08: a number a hyphen joins to a Latin name is part of it (F-1 점수, ROUGE-1, BLEU-2)', () => {
  // `0.949의 F-1 점수를 기록`: one value, 0.949, in F1
  const f1 = metricRows(digest('2025-01-03').papers.find((p) => p.arxiv_id === '2501.00192')!, benchmarks);
  assert.deepEqual(
    f1.filter((m) => m.value === 0.949 || m.value === 1).map((m) => [m.value, m.metric]),
    [[0.949, 'F1']],
  );
  // `ROUGE-1 점수가 28.1 포인트 높습니다`: no 1
  assert.ok(!run('2024-02-08', 'ROUGE-1 점수가 28.1').some((m) => m.value === 1));
});

test('2024-12-18, 2024-08-08, 2024-03-15: a bound or an approximation before a quality drop keeps it a drop; overhead and bandwidth are efficiency', () => {
  // `50% 이상의 성능 저하를 보였습니다`, `3% 내외의 성능 저하만을`
  assert.equal(run('2024-12-18', '50% 이상의 성능 저하').find((m) => m.value === 50)?.kind, 'gain');
  assert.equal(run('2024-08-08', '3% 내외의 성능 저하').find((m) => m.value === 3)?.delta, -3);
  // `통신 오버헤드를 40% 줄이고`
  assert.equal(run('2024-03-15', '통신 오버헤드를 40% 줄이고').find((m) => m.value === 40)?.kind, 'efficiency');
});

test('2025-03-05, 2025-04-16: an exam or a challenge track is where a result is measured (MIT Integration Bee 시험에서, MOSE 트랙에서)', () => {
  assert.equal(run('2025-03-05', 'MIT Integration Bee 시험에서').find((m) => m.value === 73)?.benchmark, 'MIT Integration Bee');
  assert.equal(run('2025-04-16', 'MOSE 트랙에서').find((m) => m.value === 87.26)?.benchmark, 'MOSE');
});

test('2024-11-22, 2024-02-08: points of a measure written in percent are percentage points; BLEU or ROUGE points stay points', () => {
  // `InternVL2-8B에 비해 8.7 포인트의 성능 향상` of `67.0%의 정확도`
  const rows = metricRows(digest('2024-11-22').papers.find((p) => p.arxiv_id === '2411.10442')!, benchmarks);
  assert.deepEqual(
    rows.filter((m) => m.value === 8.7).map((m) => [m.unit, m.kind]),
    [['pp', 'gain']],
  );
  // `ROUGE-1 점수가 28.1 포인트 높습니다`
  const rouge = metricRows(digest('2024-02-08').papers.find((p) => p.arxiv_id === '2402.04347')!, benchmarks);
  assert.equal(rouge.find((m) => m.value === 28.1)?.unit, null);
});

test('2025-05-08, 2024-04-11: a known name with a capitalised suffix is a variant of its own (MiniF2F-Solving은); not data trained on', () => {
  // `FormalMath500에서 … 23.77%, MiniF2F-Solving은 27.47%, PutnamBench-Solving은 0.31%`
  const ms = paperMetrics('2025-05-08', '2505.04528');
  assert.deepEqual(
    [23.77, 27.47, 0.31].map((v) => ms.find((m) => m.value === v)?.benchmark),
    ['FormalMath500', 'MiniF2F-Solving', 'PutnamBench-Solving'],
  );
  // `ImageNet-21K에서 사전 학습을 통해 … 정확도가 86.0%로 향상`: measured on ImageNet
  assert.equal(paperMetrics('2024-04-11', '2404.06773').find((m) => m.value === 86)?.benchmark, 'ImageNet');
});

test('2025-01-24, 2025-04-08: an own name defined as a new benchmark in apposition (X는 … 새로운 벤치마크로,) makes a benchmark paper; a later claim does not', () => {
  // `Video-MMMU는 … 평가하는 새로운 벤치마크로, …`: `인간은 … Δknowledge에서 33.1%의 성능 향상` is on it
  const rows = metricRows(digest('2025-01-24').papers.find((p) => p.arxiv_id === '2501.13826')!, benchmarks);
  assert.equal(rows.find((m) => m.value === 33.1)?.benchmark, 'Video-MMMU');
  // `VAPO는 … 프레임워크(…)로, …`, then `향후 강화 학습의 새로운 벤치마크로 자리 잡을`: VAPO's 60.4 is its own
  const vapo = metricRows(digest('2025-04-08').papers.find((p) => p.arxiv_id === '2504.05118')!, benchmarks);
  assert.deepEqual(
    vapo.filter((m) => m.value === 60.4).map((m) => [m.system, m.own]),
    [['VAPO', true]],
  );
});

test('2025-03-24, 2024-06-19: a method paper that makes one benchmark has its unplaced scores on it, not its gains', () => {
  // `대화적 평가를 위한 벤치마크 GAEA-Bench를 처음으로 제안`, then `평균 정확도 66.06%로, GPT-4o 대비 8.28%`
  const rows = metricRows(digest('2025-03-24').papers.find((p) => p.arxiv_id === '2503.16423')!, benchmarks);
  assert.deepEqual(
    [66.06, 8.28].map((v) => rows.find((m) => m.value === v)?.benchmark),
    ['GAEA-Bench', null],
  );
  // `VisualWebArena-Adv라는 새로운 평가 세트를 사용해 … 75%의 공격 성공률`
  const vwa = metricRows(digest('2024-06-19').papers.find((p) => p.arxiv_id === '2406.12814')!, benchmarks);
  assert.equal(vwa.find((m) => m.value === 75)?.benchmark, 'VisualWebArena-Adv');
});

test('2024-11-22, 2024-04-30, 2024-10-21: a word in brackets right after a benchmark, where a result is read, is its split; a model’s or a long form’s brackets are not', () => {
  // `MGSM(English) 데이터셋에서 Marco-o1는 6.17%, MGSM(Chinese) 데이터셋에서 5.60%`
  const mgsm = paperMetrics('2024-11-22', '2411.14405');
  assert.deepEqual(
    [6.17, 5.6].map((v) => mgsm.filter((m) => m.value === v).map((m) => [m.benchmark, m.split])),
    [[['MGSM', 'English']], [['MGSM', 'Chinese']]],
  );
  // `MedQA(USMLE)에서 75.7%의 점수`, then `MedQA에서 75.7%의 정확도`: one row, with the split, and the
  // sentence's other MedQA score takes the metric
  const medqa = paperMetrics('2024-10-21', '2410.09019');
  assert.deepEqual(
    medqa.filter((m) => m.value === 75.7).map((m) => [m.benchmark, m.split]),
    [['MedQA', 'USMLE']],
  );
  const medRows = metricRows(digest('2024-10-21').papers.find((p) => p.arxiv_id === '2410.09019')!, benchmarks);
  assert.equal(medRows.find((m) => m.value === 76.1)?.metric, 'accuracy');
  // `GPT4V(IG-VLM)의 상태 결과보다 9% 높았습니다`, `PER(Phoneme Error Rate)에서는 18.2% 감소`
  assert.equal(run('2024-04-29', 'GPT4V(IG-VLM)').find((m) => m.value === 9)?.split ?? null, null);
  assert.equal(run('2025-03-04', 'PER(Phoneme Error Rate)').find((m) => m.value === 18.2)?.split ?? null, null);
});

test('2024-10-21, 2025-03-21: ID and OOD named as a pair are splits; AMC23 is a year of AMC, as AIME24 is of AIME', () => {
  // `iWildCam 데이터셋에 대해 ID 및 OOD 매크로 정확도를 각각 2.7%와 2.1% 향상`
  assert.deepEqual(
    run('2024-10-21', 'ID 및 OOD 매크로 정확도를')
      .filter((m) => m.value === 2.7 || m.value === 2.1)
      .map((m) => [m.benchmark, m.split]),
    [
      ['iWildCam', 'ID'],
      ['iWildCam', 'OOD'],
    ],
  );
  // `AMC23 정확도가 63%에서 80%로, AIME24는 46.7%에 도달`
  const rows = metricRows(digest('2025-03-21').papers.find((p) => p.arxiv_id === '2503.16219')!, benchmarks);
  assert.deepEqual(
    [80, 46.7].map((v) => {
      const m = rows.find((r) => r.value === v)!;
      return [m.benchmark, m.benchmark_family];
    }),
    [
      ['AMC 23', 'AMC'],
      ['AIME 2024', 'AIME'],
    ],
  );
});

test('2025-04-30, 2025-03-26: values of different measures after a list of benchmarks are of all of them, not one each', () => {
  // `자연어 질문(Natural Questions) 및 실시간 QA(RealTime QA) 벤치마크에서 … 정확도를 3%에서 50%로 증가시키고, 공격 성공률을 20%로`
  const nq = metricRows(digest('2025-04-30').papers.find((p) => p.arxiv_id === '2504.20769')!, benchmarks);
  assert.equal(nq.find((m) => m.value === 50)?.benchmark, 'Natural Questions / RealTime QA');
  // `FakeClue와 LOKI 데이터셋에서는 … 평균적으로 36.1%의 Acc 및 41.3%의 F1 점수 향상`
  assert.deepEqual(
    run('2025-03-26', 'FakeClue와 LOKI 데이터셋에서는')
      .filter((m) => m.value === 36.1 || m.value === 41.3)
      .map((m) => m.benchmark),
    ['FakeClue / LOKI', 'FakeClue / LOKI'],
  );
  // `COCO 및 ADE20K 데이터셋에서 EoMT는 128 FPS에서 PQ 56.0을 기록`: a unit tells a measure too
  assert.deepEqual(
    run('2025-04-01', 'COCO 및 ADE20K 데이터셋에서 EoMT는')
      .filter((m) => m.value === 128 || m.value === 56)
      .map((m) => m.benchmark),
    ['COCO / ADE20K', 'COCO / ADE20K'],
  );
});

test('2025-03-19, 2024-01-09: training steps saved are efficiency (50% 적은 학습 단계로, 훈련 단계를 2.2배 더 적게)', () => {
  assert.equal(run('2025-03-19', '50% 적은 학습 단계로').find((m) => m.value === 50 && m.unit === '%')?.kind, 'efficiency');
  assert.equal(run('2024-01-09', '훈련 단계를 2.2배 더 적게').find((m) => m.value === 2.2)?.kind, 'efficiency');
});

test('2024-05-29, 2024-09-04, 2024-11-21, 2024-03-01: accuracy anchors a bare number, and so do the bare numbers listed before it; 정확도 향상 and 정확도 포인트 are changes; 스코어 is a score word', () => {
  const b = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.benchmark, m.metric, m.kind]);
  // `MATH 및 ARC-Challenge 벤치마크에서 Llama3-70B를 초과하는 55.89 및 95.8의 정확도를 달성`
  assert.deepEqual(b('2024-05-29', '55.89 및 95.8의 정확도'), [
    [55.89, 'MATH', 'accuracy', 'score'],
    [95.8, 'ARC-Challenge', 'accuracy', 'score'],
  ]);
  // `평균 5.5의 정확도 향상을 보였습니다`
  assert.deepEqual(b('2024-09-04', '평균 5.5의 정확도 향상')[0]?.slice(2), ['accuracy', 'gain']);
  // `실제 세계의 회상 집중적 작업에서 6.22 정확도 포인트로 뛰어난 성능`
  assert.equal(b('2024-03-01', '6.22 정확도 포인트')[0]?.[3], 'gain');
  // `정확도 0.345와 F1 스코어 0.342를 기록`
  assert.deepEqual(
    b('2024-11-21', 'F1 스코어 0.342').map((r) => r[2]),
    ['accuracy', 'F1'],
  );
});

test('2024-12-06, 2025-03-26, 2025-03-05: a metric whose name starts with M, B or K after a bare number is no count (0.143 BLEU-4 포인트, 49.5 mIoU); higher than another by it is a gain', () => {
  const b = (date: string, needle: string) => run(date, needle).map((m) => [m.value, m.metric, m.kind]);
  assert.deepEqual(b('2024-12-06', '0.143 BLEU-4 포인트'), [
    [54.6, null, 'gain'],
    [0.143, 'BLEU', 'gain'],
  ]);
  assert.deepEqual(b('2025-03-26', 'ADE20K에서 49.5 mIoU').pop(), [49.5, 'mIoU', 'score']);
  // `이전의 최첨단 일반주의 모델보다 COCO 객체 인스턴스 분할에서 12.3 mAP, ADE20K 의미론적 분할에서 3.3 mIoU 높은 성능`
  assert.deepEqual(b('2025-03-05', '3.3 mIoU 높은'), [
    [12.3, 'mAP', 'gain'],
    [3.3, 'mIoU', 'gain'],
  ]);
});

test('2024-06-19: a benchmark the entry makes, its long form in brackets before 라는 새로운 평가 벤치마크, places the unplaced scores', () => {
  // `RABBITS (Robust Assessment of Biomedical Benchmarks …)라는 새로운 평가 벤치마크를 도입` … `69.7%로 감소`
  const r = metricRows(digest('2024-06-19').papers.find((p) => p.arxiv_id === '2406.12066')!, benchmarks);
  assert.equal(r.find((m) => m.value === 69.7)?.benchmark, 'RABBITS');
});

test('2024-10-24: 각각 with one value after a list of names: the value is said of each, one row each', () => {
  // `GenEval 및 T2I-Compbench와 같은 다양한 벤치마크에서 각각 10% 이상의 성능 향상`
  assert.deepEqual(
    run('2024-10-24', '각각 10% 이상의').map((m) => [m.value, m.benchmark]),
    [
      [10, 'GenEval'],
      [10, 'T2I-CompBench'],
    ],
  );
});

test('2025-03-04: a share of the training tokens a method uses (사전 훈련 토큰의 0.02%로) is efficiency', () => {
  assert.equal(run('2025-03-04', '사전 훈련 토큰의 0.02%로').find((m) => m.value === 0.02)?.kind, 'efficiency');
});

test('2023-12-05, 2023-11-21: an efficiency value followed by a word of speed, naming no measure, is a speed', () => {
  // `이전 SOTA에 비해 거의 1000배의 가속을 달성`, `78배 빠른 고수준 CPU 코드`
  assert.equal(run('2023-12-05', '1000배의 가속').find((m) => m.value === 1000)?.metric, 'speed');
  assert.equal(run('2023-11-21', '78배 빠른').find((m) => m.value === 78)?.metric, 'speed');
});

test('2025-02-05, 2025-04-23, 2025-04-01: a value a measure names as its level (59%의 정확도로, 75.36%의 승률로) or a share of the people asked (사용자의 58.18%) is a score, whatever the clause compares', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind;
  assert.equal(kind('2025-02-05', '59%의 정확도로', 59), 'score');
  assert.equal(kind('2025-04-23', '75.36%의 승률로', 75.36), 'score');
  assert.equal(kind('2025-04-01', '사용자의 58.18%로부터', 58.18), 'score');
});

test('2024-12-18, 2025-01-09: a time a method runs in on named hardware is efficiency; success rate anchors a bare number', () => {
  // `FastProtect는 CPU에서 2.9초, GPU에서 0.04초로 동작하여`
  assert.deepEqual(
    run('2024-12-18', 'CPU에서 2.9초')
      .filter((m) => m.unit === 's')
      .map((m) => [m.value, m.kind]),
    [
      [2.9, 'efficiency'],
      [0.04, 'efficiency'],
    ],
  );
  // `InfiGUIAgent의 전반적인 성공률은 0.09로`
  assert.equal(run('2025-01-09', '성공률은 0.09로').find((m) => m.value === 0.09)?.metric, 'success rate');
});

test('2024-10-21: how accurately a method evaluates (평가 정확도) is its own measure, not accuracy on the benchmark', () => {
  // `BENTO 방법은 57개의 MMLU 작업 중 단 3개의 작업 선택 시에도 평균 97%의 평가 정확도를 달성`
  assert.equal(run('2024-10-21', '97%의 평가 정확도').find((m) => m.value === 97)?.metric, 'evaluation accuracy');
});

test('2025-04-01, 2024-12-20: a study of people (사용자 연구에서는) is a place of its own: no benchmark is carried into it', () => {
  assert.equal(paperMetrics('2025-04-01', '2503.22194').find((m) => m.value === 58.18)?.benchmark, null);
  assert.equal(paperMetrics('2024-12-20', '2412.15191').find((m) => m.value === 56.8)?.benchmark, null);
});

test('2024-07-26: a score word before 에서도 anchors a bare number (통합 점수에서도 38.92로)', () => {
  assert.equal(run('2024-07-26', '통합 점수에서도 38.92').find((m) => m.value === 38.92)?.baseline_value, 4.48);
});

test('2025-04-23, 2025-04-03: a capitalised word of up to three letters and its period before a capital is an abbreviation in a name, not a sentence end (MR. Video, Dr. GRPO)', () => {
  assert.ok(splitSentences('MR. Video는 LVBench에서 10% 향상되었습니다. 이는 효과적입니다.').length === 2);
  assert.ok(sentence('2025-04-03', '43.3%의 정확도').startsWith('Dr. GRPO'));
  const r = metricRows(digest('2025-04-23').papers.find((p) => p.arxiv_id === '2504.16082')!, benchmarks).find((m) => m.value === 10)!;
  assert.deepEqual([r.system, r.own], ['MR. Video', true]);
});

test('2025-04-14: 초당 4~7프레임 is a rate in frames per second, the range with it', () => {
  const m = run('2025-04-14', '초당 4~7프레임').find((x) => x.value === 7)!;
  assert.deepEqual([m.unit, m.value_low, m.kind], ['fps', 4, 'efficiency']);
});

test('2024-02-23: a share of people counted (인구의 약 65%에 해당하는 약 50억 명) is not a result', () => {
  assert.equal(run('2024-02-23', '약 65%에 해당하는').length, 0);
});

test('2024-12-23: a list of times shares the words after its last (3.46초, … 1.31초의 이미지 생성 시간)', () => {
  assert.deepEqual(
    run('2024-12-23', 'PAR-4x 설정에서는 3.46초')
      .filter((m) => m.unit === 's')
      .map((m) => m.value),
    [3.46, 1.31],
  );
});

test('2025-02-20, 2025-02-26, 2025-04-14, 2024-02-23: a fall said right after a value is a drop (정확도가 67% 정도 하락, 19.7% 성능이 떨어졌고), not a level fallen to (7.5% 이하로 급락) or a share cut with no loss (40%를 성능 저하 없이)', () => {
  assert.deepEqual(
    [run('2025-02-20', '정확도가 67% 정도 하락').find((m) => m.value === 67)].map((m) => [m?.kind, m?.delta]),
    [['gain', -67]],
  );
  assert.equal(run('2025-02-26', '19.7% 성능이 떨어졌고').find((m) => m.value === 19.7)?.kind, 'gain');
  assert.equal(run('2025-04-14', '7.5% 이하로 급락').find((m) => m.value === 7.5)?.kind, 'score');
  assert.notEqual(run('2024-02-23', '40%를 성능 저하 없이').find((m) => m.value === 40)?.kind, 'gain');
});

test('2024-03-29, 2024-10-30: a multiple written as a word is read (거의 두 배 향상 → 2x); a quality measure right after a multiple makes it a gain, whatever speed words are near', () => {
  const lita = metricRows(digest('2024-03-29').papers.find((p) => p.arxiv_id === '2403.19046')!, benchmarks).find((m) => m.value === 2)!;
  assert.deepEqual([lita.unit, lita.kind], ['x', 'gain']);
  assert.ok(String(lita.sentence).includes('두 배'), 'the row keeps the sentence as written');
  const hil = metricRows(digest('2024-10-30').papers.find((p) => p.arxiv_id === '2410.21845')!, benchmarks);
  assert.equal(hil.find((m) => m.value === 2 && m.unit === 'x')?.kind, 'gain'); // 두 배 이상의 높은 성공률과 1.8배 빠른 작업 속도
});

test('2023-12-07, 2025-04-22, 2024-04-04, 2025-03-19: a multiple of a size is a size (두 배 더 큰 U-Net 백본, 5배 더 큰 규모, 크기가 2배나 큰); how often something doubles is no result', () => {
  assert.equal(run('2023-12-07', '두 배 더 큰 U-Net 백본').length, 0);
  assert.ok(!run('2025-04-22', '5배 더 큰 규모').some((m) => m.value === 5));
  assert.ok(!run('2024-04-04', '크기가 2배나 큰').some((m) => m.value === 2));
  assert.equal(run('2025-03-19', '매 7개월마다').length, 0);
  // (a smaller size is a result: `원래 모델보다 7.9배 작은 크기`)
  assert.ok(run('2024-06-07', '7.9배 작은 크기').some((m) => m.value === 7.9));
});

test('2025-05-02, 2024-09-10, 2024-08-21: a bound before a named measure keeps it anchored (BLEU 점수는 최대 22.01); minutes saved are efficiency (최소 20분을 절약); each part of a data mix (각각 50%씩 사용하여) is no result', () => {
  assert.equal(run('2025-05-02', 'BLEU 점수는 최대 22.01').find((m) => m.value === 22.01)?.metric, 'BLEU');
  assert.deepEqual(
    run('2024-09-10', '최소 20분을 절약')
      .filter((m) => m.value === 20)
      .map((m) => [m.unit, m.kind]),
    [['min', 'efficiency']],
  );
  assert.ok(!run('2024-08-21', '각각 50%씩 사용하여').some((m) => m.value === 50));
});

test('2025-02-25: k-fold cross-validation written as a multiple (5배 교차 검증) is a setting', () => {
  assert.ok(!run('2025-02-25', '5배 교차 검증').some((m) => m.value === 5));
});

test('2025-02-05, 2025-03-05, 2024-10-22, 2025-04-19, 2024-03-06: a level raised to, past a bound, kept or surpassed at is a score (67.42%로 높였으며, 80% 이상으로 높아지는, 99.8% 유지하면서, 65.0%로 모든 경쟁 추적기를 능가, 43.7%의 매크로 평균 정확도로 앞질러); a change said so stays one (13.1%의 개선으로 … 능가, 비해 50% 이상으로 감소)', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind;
  assert.equal(kind('2025-02-05', '67.42%로 높였으며', 67.42), 'score');
  assert.equal(kind('2025-03-05', '80% 이상으로 높아지는', 80), 'score');
  assert.equal(kind('2024-10-22', '99.8% 유지하면서', 99.8), 'score');
  assert.equal(kind('2025-04-19', '65.0%로 모든 경쟁 추적기를 능가', 65), 'score');
  assert.equal(kind('2024-03-06', '43.7%의 매크로 평균 정확도로', 43.7), 'score');
  assert.equal(kind('2024-04-05', '13.1%의 개선으로', 13.1), 'gain');
  assert.equal(kind('2025-04-25', '50% 이상으로 감소', 50), 'gain');
});

test('2023-12-13, 2025-02-25, 2024-01-12, 2025-03-26, 2024-11-21: a share of the cost, compute or data it did with is efficiency (훈련 비용의 6.5%를 사용하여, 0.06%의 데이터(…)로 달성, 28.5%(아마도 18.2%)의 계산으로); so are fewer of what it needs (5배 적은 요소 평가 횟수로도) and operations per second (3배 … 더 높은 OPS)', () => {
  const kind = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v)?.kind;
  assert.equal(kind('2023-12-13', '훈련 비용의 6.5%를 사용하여', 6.5), 'efficiency');
  assert.equal(kind('2025-02-25', '0.06%의 데이터', 0.06), 'efficiency');
  assert.equal(kind('2024-01-12', '28.5%(아마도 18.2%)의 계산으로', 18.2), 'efficiency');
  assert.equal(kind('2025-03-26', '5배 적은 요소 평가 횟수로도', 5), 'efficiency');
  assert.equal(kind('2024-11-21', '더 높은 OPS', 5), 'efficiency');
});

test('2024-01-25, 2024-07-31, 2025-03-28: a gap with what it is in before it is a gain (30.8%의 상당한 성능 격차); how data is split is no result (80%, 10%, 10%의 비율로 … 나누었습니다); a word for what a name is, before it, is not part of it (BENCHMARK ANDROIDCONTROL에서)', () => {
  assert.equal(run('2024-01-25', '30.8%의 상당한 성능 격차').find((m) => m.value === 30.8)?.kind, 'gain');
  assert.deepEqual(
    run('2024-07-31', '의 비율로 학습, 검증').map((m) => m.value),
    [],
  );
  assert.equal(run('2025-03-28', 'BENCHMARK ANDROIDCONTROL에서').find((m) => m.value === 15)?.benchmark, 'ANDROIDCONTROL');
});

test('2023-12-05, 2025-02-24, 2025-03-25: a rate changed by a value or found at one is a result, not a setting (환각 비율을 34.8%나 대폭 줄였으며, 수정할 수 있는 비율이 50% 이하로 나타났습니다, 충돌 비율을 24.5% 감소)', () => {
  assert.equal(run('2023-12-05', '환각 비율을 34.8%나').find((m) => m.value === 34.8)?.kind, 'gain');
  assert.equal(run('2025-02-24', '수정할 수 있는 비율이 50% 이하로').find((m) => m.value === 50)?.kind, 'score');
  assert.equal(run('2025-03-25', '충돌 비율을 24.5% 감소').find((m) => m.value === 24.5)?.kind, 'gain');
});

test('2024-09-04, 2024-11-22, 2024-04-04, 2024-10-04, 2025-04-07: a bare level risen to is anchored where the one it rose from is (FVD 점수가 928.6에서 735.3으로, perplexity를 35.6에서 19.6으로, FID를 18.65에서 1.80으로); not a rating scale (점수가 1에서 10까지 매겨집니다) nor a cut-off (mAP@0.5에서 0.720)', () => {
  const row = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v);
  assert.deepEqual(
    [row('2024-09-04', '928.6에서 735.3으로', 735.3)?.metric, row('2024-09-04', '928.6에서 735.3으로', 735.3)?.baseline_value],
    ['FVD', 928.6],
  );
  assert.equal(row('2024-11-22', '35.6에서 19.6으로', 19.6)?.metric, 'perplexity');
  assert.equal(row('2024-11-22', '8.0에서 9.9로', 9.9)?.metric, 'F1');
  assert.equal(row('2024-04-04', '18.65에서 1.80으로', 1.8)?.metric, 'FID');
  assert.deepEqual(
    run('2024-10-04', '1에서 10까지 매겨집니다').map((m) => m.value),
    [],
  );
  assert.equal(row('2025-04-07', 'mAP@0.5에서 0.720', 0.72)?.metric, 'mAP');
});

test('2024-12-20, 2025-02-11: a rate found low is a result (비율이 16%로 가장 낮았습니다, 망각 비율은 3%에 불과하며)', () => {
  assert.equal(run('2024-12-20', '16%로 가장 낮았습니다').find((m) => m.value === 16)?.kind, 'score');
  assert.equal(run('2025-02-11', '3%에 불과하며').find((m) => m.value === 3)?.kind, 'score');
});

test('2024-10-04, 2024-11-21: operations per second are a unit of efficiency (340 TOPS의 성능, 485 TOPS를 기록)', () => {
  assert.deepEqual(
    run('2024-10-04', '340 TOPS')
      .filter((m) => m.value === 340)
      .map((m) => [m.unit, m.kind]),
    [['TOPS', 'efficiency']],
  );
  assert.equal(run('2024-11-21', '485 TOPS').find((m) => m.value === 485)?.unit, 'TOPS');
});

test('2025-03-25, 2024-08-26, 2024-08-02, 2024-06-19: a setting said with 시 is no result (16배 압축 시 1.34, 20% 토큰 할당 시); a compression kept at a quality is (2.35배 압축시 유사한 … 유지); parts listed before what they make up are not results (60% 소스 코드, 10% 수학 코퍼스, 30% 자연어 코퍼스로 구성된)', () => {
  const vals = (date: string, needle: string) => run(date, needle).map((m) => m.value);
  assert.ok(!vals('2025-03-25', '16배 압축 시 1.34').includes(16));
  assert.ok(vals('2025-03-25', '16배 압축 시 1.34').includes(0.43));
  assert.ok(!vals('2024-08-26', '20% 토큰 할당 시').includes(20));
  assert.ok(vals('2024-08-02', '2.35배 압축시').includes(2.35));
  assert.deepEqual(vals('2024-06-19', '60% 소스 코드, 10% 수학 코퍼스'), []);
});

test('2024-02-02: what the results were evaluated with is their benchmark (FMTI 프레임워크를 통해 평가된 모델은 … 81%)', () => {
  assert.equal(run('2024-02-02', 'FMTI 프레임워크를 통해 평가된').find((m) => m.value === 81)?.benchmark, 'FMTI');
});

test('2025-02-24, 2024-07-26: a measure with 에서 is not a place that hides the benchmark named before it (U-SAFEBENCH 평가 결과, 사용자 특정 안전성 점수에서 평균 18.6%; COCO 데이터셋에서 …, 통합 점수에서도 38.92)', () => {
  assert.equal(run('2025-02-24', '안전성 점수에서 평균 18.6%').find((m) => m.value === 18.6)?.benchmark, 'U-SAFEBENCH');
  assert.equal(run('2024-07-26', '통합 점수에서도 38.92').find((m) => m.value === 38.92)?.benchmark, 'COCO');
});

test('2025-03-21, 2025-02-19, 2025-01-09, 2024-01-01: money is a unit, a cost when the text says so ($42의 훈련 비용으로, 1달러 이하로 비용 절감, 약 $2.33 USD로), else an amount earned (208,050달러를 획득); LaTeX is not money (PanGu-$π$-7B)', () => {
  const row = (date: string, needle: string, v: number) => run(date, needle).find((m) => m.value === v);
  assert.deepEqual([row('2025-03-21', '$42의 훈련 비용', 42)?.unit, row('2025-03-21', '$42의 훈련 비용', 42)?.kind], ['USD', 'efficiency']);
  assert.equal(row('2025-02-19', '1달러 이하로', 1)?.kind, 'efficiency');
  assert.equal(row('2025-01-09', '$2.33 USD로', 2.33)?.kind, 'efficiency');
  assert.deepEqual(
    [row('2025-02-19', '208,050달러를 획득', 208050)?.unit, row('2025-02-19', '208,050달러를 획득', 208050)?.kind],
    ['USD', 'score'],
  );
  assert.ok(!run('2024-01-01', 'PanGu-$π$-7B는 약 10%').some((m) => m.unit === 'USD'));
});

test('2025-03-03: a bare value a score is given as is a result (GSB 점수로 2.15와 6.81을 기록하여)', () => {
  assert.deepEqual(
    run('2025-03-03', 'GSB 점수로 2.15와 6.81을')
      .filter((m) => m.value === 2.15 || m.value === 6.81)
      .map((m) => [m.value, m.benchmark]),
    [
      [2.15, 'MovieGenBench'],
      [6.81, 'MovieGenBench'],
    ],
  );
});

test('2024-12-11: a bare value set against an anchored one (FVD 149 vs 171) is in the same metric', () => {
  assert.deepEqual(
    run('2024-12-11', 'FVD 149 vs 171')
      .filter((m) => m.value === 149 || m.value === 171)
      .map((m) => [m.value, m.metric]),
    [
      [149, 'FVD'],
      [171, 'FVD'],
    ],
  );
});

test('2025-02-10, 2024-07-04: a rate named in Korean anchors a bare value (침묵율(약 0.9)); not a rate that is set (학습률) nor a fraction (오류율이 3/1000에서)', () => {
  assert.equal(run('2025-02-10', '침묵율(약 0.9)').find((m) => m.value === 0.9)?.metric, '침묵율');
  assert.ok(!run('2024-07-04', '오류율이 3/1000에서').some((m) => m.value === 3));
});

test('2025-04-30: of a number said twice the one with the level it rose from is kept (36.0%에서 73.6%로 over 73.6%까지 향상)', () => {
  const rows = paperMetrics('2025-04-30', '2504.20571').filter((m) => m.value === 73.6);
  assert.deepEqual(
    rows.map((m) => [m.kind, m.baseline_value]),
    [['score', 36]],
  );
});

test('2024-06-21: a multiple read on a quality metric is its rise, whatever speed words follow (LPIPS 및 L2 지표에서 4배 이상의 개선을 달성하였으며, 실행 시간도 …)', () => {
  assert.equal(run('2024-06-21', 'LPIPS 및 L2 지표에서 4배').find((m) => m.value === 4)?.kind, 'gain');
});

test('2024-07-17, 2023-12-22, 2024-06-18, 2024-12-20: settings are no results — a model made so (50% 압축된 LLaMa-2 7B 모델의 경우), the frame rate a video is made or trained at (30FPS에서 4초 길이, 1fps로 훈련된), a time limit (제한 시간 15분 내에)', () => {
  const vals = (date: string, needle: string) => run(date, needle).map((m) => m.value);
  assert.ok(!vals('2024-07-17', '50% 압축된 LLaMa-2 7B').includes(50));
  assert.ok(vals('2024-07-17', '50% 압축된 LLaMa-2 7B').includes(65));
  assert.ok(!vals('2023-12-22', '30FPS에서 4초 길이').includes(30));
  assert.ok(!vals('2024-06-18', '1fps로 훈련된').includes(1));
  assert.deepEqual(vals('2024-12-20', '제한 시간 15분 내에'), [53.7]);
});

test('2024-11-21: beside a relative change in brackets, the other change is in points (2.9% (13.1% 상대 증가) 성능을 향상)', () => {
  assert.equal(run('2024-11-21', '2.9% (13.1% 상대 증가)').find((m) => m.value === 2.9)?.unit, 'pp');
});

test('2024-04-09, 2024-01-31, 2024-09-04: an absolute change is in points, and so are the items listed before it (3-6%의 절대 정확도로; 그래픽에서 11.5%, …, TextCraft에서 8.1%의 절대 정확도 상승); a value a condition is set at is none (비디오 길이가 최대 8배 길어졌을 때도)', () => {
  assert.equal(run('2024-04-09', '3-6%의 절대 정확도').find((m) => m.value === 6)?.unit, 'pp');
  assert.deepEqual(
    run('2024-01-31', '8.1%의 절대 정확도 상승').map((m) => [m.value, m.unit, m.kind]),
    [
      [11.5, 'pp', 'gain'],
      [26.1, 'pp', 'gain'],
      [8.1, 'pp', 'gain'],
    ],
  );
  assert.ok(!run('2024-09-04', '8배 길어졌을 때도').some((m) => m.value === 8));
});

test('2025-03-12: an average over the names in brackets after a data word is on none of them (다양한 벤치마크(MMLU-Pro, GPQA, AIME, MedMCQA)에서 8.15%의 절대적인 평균 성능 향상)', () => {
  assert.equal(run('2025-03-12', '8.15%의 절대적인 평균').find((m) => m.value === 8.15)?.benchmark, null);
});

test('2024-02-13: a share of a set the text counts is what it is made of, not a result (101개 언어, 그 중 50%가 자원이 적은 언어)', () => {
  assert.ok(!run('2024-02-13', '그 중 50%가').some((m) => m.value === 50));
});

test('2025-02-19, 2025-03-05: examples named in passing are no place a later value is carried to (OlympiadBench 및 OmniMATH와 같은 복잡한 데이터셋에서도 …, then 예측 정확도는 … 95.5%; BigCodeBench와 같은 복잡한 작업에서 …, then 각각 pass@1에서 4.0%, 7.4%)', () => {
  assert.equal(paperMetrics('2025-02-19', '2502.11157').find((m) => m.value === 95.5)?.benchmark, null);
  assert.equal(paperMetrics('2025-03-05', '2503.02783').find((m) => m.value === 4)?.benchmark, null);
});
