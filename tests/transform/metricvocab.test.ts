// The metric vocabulary (data/reference/metrics.csv): its spellings and patterns, its checks,
// and that the extractor and the benchmark finder both read it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDigest } from '../../src/extract/parse.js';
import { PaperlakeError } from '../../src/errors.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { BenchmarkIndex } from '../../src/transform/benchmarks.js';
import { extractFromSection, extractMetrics, splitSentences } from '../../src/transform/metrics.js';
import { MetricVocab, readMetricVocab } from '../../src/transform/metricvocab.js';
import { loadReference, readBenchmarks, REFERENCE_FILES } from '../../src/transform/reference.js';
import { corpusBytes, tempDir } from '../helpers.js';

const ref = loadReference(REFERENCE_DIR);
const vocab = ref.benchmarks.metrics;

function sentence(date: string, needle: string): string {
  for (const p of parseDigest(corpusBytes(`${date}.md`), `${date}.md`, 'x').papers)
    for (const s of p.sections) for (const x of splitSentences(s.text)) if (x.text.includes(needle)) return x.text;
  throw new Error(`no sentence with "${needle}" in ${date}`);
}

test('metrics.csv: part of the reference version, every row checked, score tried last', () => {
  assert.ok(REFERENCE_FILES.includes('metrics.csv'));
  const refs = readMetricVocab(join(REFERENCE_DIR, 'metrics.csv'));
  assert.ok(refs.length > 40);
  assert.equal(refs.at(-1)!.metric, 'score');
  for (const r of refs) assert.equal(r.aliases[0], r.metric);
});

test('spellings and patterns: English and Korean, FID-30K, pass@1, Recall@K=10, nDCG@10; acronyms keep their case', () => {
  const c = (n: string) => vocab.canonical(n);
  assert.deepEqual(
    ['정확도', 'Accuracy', 'FID-30K', 'Fréchet Inception Distance', 'pass@1', 'Recall@K=10', 'nDCG@10', '통과율', 'inception score'].map(c),
    ['accuracy', 'accuracy', 'FID', 'FID', 'pass@k', 'recall', 'nDCG', 'pass rate', 'IS'],
  );
  assert.equal(c('recall rate'), null);
  assert.equal(vocab.get('FID')!.direction, 'lower');
  assert.equal(vocab.get('accuracy')!.direction, 'higher');
  // the extractor honours case: `IS` is a metric, `is` a word
  const exact = vocab.terms.filter((t) => t.metric === 'IS' && t.flags === '');
  assert.ok(exact.length === 1 && new RegExp(exact[0].source).test('IS 9.1') && !new RegExp(exact[0].source).test('it is 9.1'));
  // names where a benchmark's could be: any case, plural, at a cut-off
  assert.ok(['F1 Score', 'Recall', 'PSNRs', 'CIDEr@0.5', 'map', 'pass@1', 'PASS@1'].every((n) => vocab.isMetricName(n)));
  assert.ok(!['MMLU', 'GSM8K', 'Scores of'].some((n) => vocab.isMetricName(n)));
});

test("2025-04-01, 2025-03-19, 2025-02-20: agreement statistics are their own metrics (Pearson 상관계수 0.944, 인간 순위와 94.3%의 상관관계, Kendall's Tau에서 0.9085라는 높은 점수)", () => {
  const metricOf = (date: string, needle: string, v: number) =>
    extractFromSection(sentence(date, needle), ref.benchmarks).find((m) => m.value === v)?.metric;
  assert.equal(metricOf('2025-04-01', 'Pearson 상관계수 0.944', 0.944), 'Pearson correlation');
  assert.equal(metricOf('2025-03-19', '94.3%의 상관관계', 94.3), 'correlation');
  // (the nearer `점수` does not make it a score)
  assert.equal(metricOf('2025-02-20', "Kendall's Tau에서 0.9085", 0.9085), "Kendall's tau");
  assert.equal(vocab.get('Spearman correlation')!.family, 'agreement');
});

test('2023-11-23, 2025-04-22, 2025-04-01, 2025-02-11: panoptic quality, tracking and preference scores are metrics (57.7 PQ, MOTA는 14%, IDF1은 12%); a speed is no benchmark (128 FPS에서 PQ 56.0); a value on a metric is not on the benchmark named a sentence before (Pickscore에서 +0.21)', () => {
  const rows = (date: string, needle: string) => extractFromSection(sentence(date, needle), ref.benchmarks);
  assert.deepEqual(
    rows('2023-11-23', '57.7 PQ').map((m) => [m.value, m.benchmark, m.metric]),
    [
      [57.7, 'COCO', 'PQ'],
      [23.2, 'ADE20K', 'PQ'],
    ],
  );
  assert.deepEqual(
    rows('2025-04-22', 'MOTA는 14%').map((m) => m.metric),
    ['MOTA', 'IDF1'],
  );
  assert.notEqual(rows('2025-04-01', '128 FPS에서 PQ').find((m) => m.value === 56)?.benchmark, 'FPS');
  const dcpo = extractMetrics(
    parseDigest(corpusBytes('2025-02-11.md'), '2025-02-11.md', 'x').papers.find((p) => p.arxiv_id === '2502.06023')!.sections,
    ref.benchmarks,
  );
  assert.deepEqual(
    dcpo.filter((m) => m.value === 0.21 || m.value === 0.45).map((m) => [m.metric, m.benchmark]),
    [
      ['PickScore', null],
      ['HPS', null],
    ],
  );
});

test('the extractor and the benchmark finder read the vocabulary they are given', () => {
  const without = (...ids: string[]) =>
    new BenchmarkIndex(
      readBenchmarks(join(REFERENCE_DIR, 'benchmarks.csv')),
      new MetricVocab(readMetricVocab(join(REFERENCE_DIR, 'metrics.csv')).filter((r) => !ids.includes(r.metric))),
    );
  // 2024-11-04 `SSIM 0.742와 PSNR 23.57을 기록하고`: a bare number is a result beside a known metric
  const s1 = sentence('2024-11-04', 'F1 점수에서는 0.477');
  assert.equal(extractFromSection(s1, ref.benchmarks).find((m) => m.value === 23.57)?.metric, 'PSNR');
  assert.notEqual(extractFromSection(s1, without('PSNR')).find((m) => m.value === 23.57)?.metric, 'PSNR');
  // 2024-10-10 `Youcook2 데이터셋에서 … CIDEr와 F1 Score에서 각각 3.1%, 4.9% 향상`: metrics, not benchmarks
  const s2 = sentence('2024-10-10', 'CIDEr와 F1 Score에서');
  const bench = (index: BenchmarkIndex) =>
    extractFromSection(s2, index)
      .filter((m) => m.value === 3.1 || m.value === 4.9)
      .map((m) => m.benchmark);
  assert.deepEqual(bench(ref.benchmarks), ['Youcook2', 'Youcook2']);
  // without those metrics (and `score`, whose name ends it) `F1 Score` is a name where a result is
  // reported: the values are no longer Youcook2's (`CIDEr와 F1 Score에서 각각 …` is then a list of two benchmarks)
  assert.ok(
    without('CIDEr', 'F1', 'score')
      .mentions(s2)
      .some((m) => m.raw === 'F1 Score'),
  );
  assert.deepEqual(bench(without('CIDEr', 'F1', 'score')), ['CIDEr', 'F1 Score']);
});

test('a bad metrics.csv is a one-line error naming the file and line', () => {
  const { dir, cleanup } = tempDir();
  try {
    const head = '# comment\nmetric,aliases,case,direction,unit,anchor,family\nFID,FID-#K,exact,lower,,1,generation\n';
    const bad: [string, RegExp][] = [
      ['accuracy,정확도;fid,any,higher,%,0,general\n', /metrics\.csv:4: duplicate alias "fid" \(also on line 3\)/],
      ['accuracy,정확도,any,up,%,0,general\n', /metrics\.csv:4: direction must be higher or lower, not "up"/],
      ['accuracy,정확도,lower,higher,%,0,general\n', /metrics\.csv:4: case must be exact or any, not "lower"/],
      [',정확도,any,higher,%,0,general\n', /metrics\.csv:4: empty metric id/],
      ['accuracy,re:(acc,any,higher,%,0,general\n', /metrics\.csv:4: alias "re:\(acc" is not a valid pattern/],
    ];
    for (const [row, message] of bad) {
      const path = join(dir, 'metrics.csv');
      writeFileSync(path, head + row);
      assert.throws(
        () => readMetricVocab(path),
        (e: unknown) => e instanceof PaperlakeError && message.test(e.message) && !e.message.includes('\n'),
        row,
      );
    }
  } finally {
    cleanup();
  }
});

test('metrics the corpus reports that the first list lacked: AP, MSE, FLOPs, TTFT, inference and training time, compression ratio, preference rate, Hit@k, FPR, UTMOS, cIoU, rating, percentile, loss, ΔE; 정확성, 가속, Acc@k, 성공 비율, 당혹감', () => {
  const metricOf = (date: string, needle: string, value: number) =>
    extractFromSection(sentence(date, needle), ref.benchmarks).find((m) => m.value === value)?.metric;
  const cases: [string, string, number, string][] = [
    ['2024-01-31', '35.4 AP를 달성', 35.4, 'AP'], // a bare number beside it is a result
    ['2024-11-22', '63.3 AP와 56.5 AP', 5.8, 'AP'],
    ['2025-02-25', 'MSE 3.92로', 3.92, 'MSE'],
    ['2024-07-26', 'FLOPs를 78.4% 줄이는', 78.4, 'FLOPs'],
    ['2025-02-05', '첫 번째 토큰까지의 시간(TTFT)을 2.00배', 2, 'TTFT'],
    ['2025-02-24', '추론 시간을 26% 감소', 26, 'inference time'],
    ['2025-02-28', '훈련 시간을 35% 줄입니다', 35, 'training time'],
    ['2024-09-16', '최대 120배 압축률', 120, 'compression ratio'],
    ['2024-01-01', '45.7%의 선호도', 45.7, 'preference rate'],
    ['2024-10-21', '17% 높은 정확성', 17, 'accuracy'],
    ['2024-12-25', '+4.4% Acc@0.5', 4.4, 'accuracy'],
    ['2025-03-18', '이미지 성공 비율(Image Success Ratio)을 17.7%', 17.7, 'success rate'],
    ['2025-03-05', '65% 낮은 당혹감', 65, 'perplexity'],
    ['2025-05-06', 'HIT@1 점수 51.7', 51.7, 'Hit@k'],
    ['2024-07-18', '5% 미만의 false positive rate', 5, 'FPR'],
    ['2025-03-07', 'UTMOS는 4.05입니다', 4.05, 'UTMOS'],
    ['2025-02-12', 'CodeForces 평점 2724', 2724, 'rating'],
    ['2025-02-12', '(99.8% 백분위수)', 99.8, 'percentile'],
    ['2025-04-23', '훈련 손실에서 0.034 감소', 0.034, 'loss'],
    ['2024-10-21', '피어슨 상관 계수 0.78', 0.78, 'Pearson correlation'], // (a Korean alias's space matches a space or none)
    ['2025-03-25', 'DeepWB 대비 2.28 정도의 개선', 2.28, 'ΔE'], // (a change of the metric named in its clause)
    ['2025-04-29', '최대 8.3배 가속', 8.3, 'speed'], // (가속 after the value: not the accuracy kept)
    ['2025-04-16', 'cIoU 33.4', 33.4, 'cIoU'],
    ['2025-03-04', 'LPIPS는 거의 0.1 감소', 0.1, 'LPIPS'], // (거의 between the name and its bare value)
  ];
  for (const [date, needle, value, metric] of cases) assert.equal(metricOf(date, needle, value), metric, `${date} ${needle}`);
  // `Acc` is a metric, so not a benchmark: `Common-DF 모델보다 Acc에서 5.7%`
  assert.ok(vocab.isMetricName('Acc') && vocab.isMetricName('mean average precision'));
});

test('2024-06-11, 2025-03-12, 2024-02-13: reconstruction FID is not FID; PLCC/SRCC are correlations; CTR is a metric', () => {
  const metricOf = (date: string, needle: string, v: number) =>
    extractFromSection(sentence(date, needle), ref.benchmarks).find((m) => m.value === v)?.metric;
  // `0.94 rFID 재구성 품질`: a tokenizer's reconstruction, on a board of its own
  assert.equal(metricOf('2024-06-11', '0.94 rFID', 0.94), 'rFID');
  assert.equal(vocab.canonical('gFID'), 'FID');
  assert.equal(vocab.canonical('SRCC'), 'Spearman correlation');
  assert.equal(vocab.canonical('PLCC'), 'Pearson correlation');
  assert.equal(metricOf('2024-02-13', '광고 CTR은 4.3%', 4.3), 'CTR');
});

test('2025-02-13, 2024-12-11: rejection and precision-recall curves are metrics, not systems (AUARC는 21.17% 증가, AUPRC 0.846)', () => {
  const p = parseDigest(corpusBytes('2025-02-13.md'), '2025-02-13.md', 'x').papers.find((x) => x.arxiv_id === '2502.06884')!;
  const r = extractMetrics(p.sections, ref.benchmarks).find((m) => m.value === 21.17);
  assert.equal(r?.metric, 'AUARC');
  assert.equal(extractFromSection(sentence('2024-12-11', 'AUPRC 0.846'), ref.benchmarks).find((m) => m.value === 0.846)?.metric, 'AUPRC');
});
