// Benchmark mentions: the look-up of known names by word keys finds exactly what keying every
// n-gram with refKey (NFKC, lower case, punctuation dropped) finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { parseDigest } from '../../src/extract/parse.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { BenchmarkIndex, type Mention } from '../../src/transform/benchmarks.js';
import { metricRows } from '../../src/transform/metrics.js';
import { loadReference } from '../../src/transform/reference.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

const refKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]/gu, '');

/** The plain rule: every run of Latin words, every n-gram of up to 4 words, longest first;
 *  all-caps names only in capitals. */
function knownAtReference(index: BenchmarkIndex, text: string): Mention[] {
  const allCaps = new Set(
    index.refs
      .flatMap((r) => [r.benchmark, ...r.aliases])
      .filter((a) => a === a.toUpperCase() && /[A-Z]/.test(a))
      .map(refKey),
  );
  const out: Mention[] = [];
  for (const run of text.matchAll(/[A-Za-z0-9][\w.+@\-×]*(?:[ \t]+[A-Za-z0-9][\w.+@\-×]*)*/g)) {
    const words = [...run[0].matchAll(/\S+/g)].map((w) => ({ start: run.index! + w.index!, end: run.index! + w.index! + w[0].length }));
    // (a name led by a Greek letter, `µ-MATH`, is not the Latin name after it)
    const greekLed = /[µα-ω][\-²]?$/.test(text.slice(Math.max(0, run.index! - 2), run.index!));
    for (let i = greekLed ? 1 : 0; i < words.length; i++) {
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const raw0 = text.slice(words[i].start, words[i + n - 1].end);
        const raw = raw0.replace(/[.\-]+$/, '');
        const ref = index.lookup(raw);
        if (!ref) continue;
        if (allCaps.has(refKey(raw)) && raw !== raw.toUpperCase()) continue;
        out.push({ start: words[i].start, end: words[i + n - 1].end - (raw0.length - raw.length), raw, canonical: ref.benchmark });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

test('known benchmark names: word-key look-up = refKey of every n-gram, on every corpus text and edge cases', () => {
  const { benchmarks } = loadReference(REFERENCE_DIR);
  const knownAt = (t: string) => (benchmarks as unknown as { knownAt(t: string): Mention[] }).knownAt(t);
  const texts = corpusFiles().flatMap((f) =>
    parseDigest(corpusBytes(f), f, 'x').papers.flatMap((p) => [p.title, ...p.sections.map((s) => s.text)]),
  );
  const edge = [
    'MMLU-Pro와 HumanEval+ 및 HumanEval, math and MATH.',
    'SWE-bench Lite.. GSM8K- ScanNet++ ScanNet',
    'mmlu\tpro MMLU  Pro',
    'Ａｂｃ GSM８K',
    'µ-MATH과 U-MATH, μ-MATH GSM8K',
  ];
  let found = 0;
  for (const t of [...texts, ...edge]) {
    const ours = knownAt(t);
    assert.deepEqual(ours, knownAtReference(benchmarks, t), t.slice(0, 80));
    found += ours.length;
  }
  assert.ok(found > 1000, `${found} mentions`);
});

test('task_words.csv is validated on load: a word twice, a missing translation or a head that is not 0/1 is an error naming the file and line', async () => {
  const { readTaskWords } = await import('../../src/transform/reference.js');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'paperlake-tasks-'));
  const file = join(dir, 'task_words.csv');
  writeFileSync(file, '# words\nkorean,english,head\n분류,classification,1\n분류,sorting,1\n');
  assert.throws(() => readTaskWords(file), /task_words\.csv:4: "분류" is already on line 3/);
  writeFileSync(file, 'korean,english,head\n분류,,1\n');
  assert.throws(() => readTaskWords(file), /task_words\.csv:2: need korean,english,head/);
  writeFileSync(file, 'korean,english,head\n분류,classification,yes\n');
  assert.throws(() => readTaskWords(file), /task_words\.csv:2:/);
  assert.ok(readTaskWords(join(REFERENCE_DIR, 'task_words.csv')).length > 50);
});

test('benchmarks.csv and topics.csv errors name the line an editor shows, comment lines counted', async () => {
  const { readBenchmarks, readTopics } = await import('../../src/transform/reference.js');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'paperlake-ref-'));
  writeFileSync(join(dir, 'benchmarks.csv'), '# a comment\n# another\nbenchmark,aliases,metric,higher_is_better\nMMLU,,accuracy,1\n,x,,\n');
  assert.throws(() => readBenchmarks(join(dir, 'benchmarks.csv')), /benchmarks\.csv:5: empty benchmark name/);
  writeFileSync(join(dir, 'topics.csv'), '# topics\ntopic,parent,keywords,description\nagents,,agent,\nrag,nope,retrieval,\n');
  assert.throws(() => readTopics(join(dir, 'topics.csv')), /topics\.csv:4: parent "nope" is not a topic/);
});

test('2024-12-05, 2025-03-03: a Greek letter leads a name (`µ-MATH` is not MATH; `µCODE`)', () => {
  const { benchmarks } = loadReference(REFERENCE_DIR);
  const p = parseDigest(corpusBytes('2024-12-05.md'), '2024-12-05.md', 'x').papers.find((x) => x.arxiv_id === '2412.03205')!;
  const names = p.sections.flatMap((s) => benchmarks.mentions(s.text).map((m) => m.canonical ?? m.raw));
  assert.ok(names.includes('µ-MATH') && names.includes('U-MATH'), names.join(', '));
  assert.ok(!names.includes('MATH'), names.join(', '));
  const code = parseDigest(corpusBytes('2025-03-03.md'), '2025-03-03.md', 'x').papers.find((x) => x.arxiv_id === '2502.20380')!;
  assert.ok(metricRows(code, benchmarks).some((r) => String(r.system).startsWith('µCODE') && r.own)); // (`µCODE (1B)` a variant)
});

test('2024-01-24, 2025-03-10, 2024-04-26: a name the reference lacks, with its task in Korean, is that task on it; a known one is itself', () => {
  const { benchmarks } = loadReference(REFERENCE_DIR);
  const names = (date: string, id: string) =>
    parseDigest(corpusBytes(`${date}.md`), `${date}.md`, 'x')
      .papers.find((x) => x.arxiv_id === id)!
      .sections.flatMap((s) => benchmarks.mentions(s.text).map((m) => m.canonical ?? m.raw));
  assert.ok(names('2024-01-24', '2401.12789').includes('YouTube captioning')); // `YouTube 캡셔닝에서`
  assert.ok(names('2025-03-10', '2503.05315').includes('Text2Code retrieval')); // `Text2Code 검색 작업에서는`
  assert.ok(names('2024-04-26', '2404.16710').includes('CNN/DM')); // `CNN/DM 문서 요약에서`: known (CNN/DailyMail is its alias)
});

test('2024-11-14: a long name with its acronym in brackets goes by the acronym (Named Entity Recognition (NER)에서는: NER)', () => {
  const { benchmarks } = loadReference(REFERENCE_DIR);
  const p = parseDigest(corpusBytes('2024-11-14.md'), '2024-11-14.md', 'x').papers.find((x) => x.arxiv_id === '2411.08868')!;
  const names = p.sections.flatMap((s) => benchmarks.mentions(s.text).map((m) => m.raw));
  assert.ok(names.includes('NER') && !names.includes('Named Entity Recognition'), names.join(', '));
});

test('2025-01-29, 2024-10-10: a lower-case qualifier is part of a benchmark name (V-IRL mini benchmark에서); a kind of test spelt out is none (Out-Of-Distribution)', () => {
  const p = parseDigest(corpusBytes('2025-01-29.md'), '2025-01-29.md', 'x').papers.find((x) => x.arxiv_id === '2501.17161')!;
  const rows = metricRows(p, loadReference(REFERENCE_DIR).benchmarks);
  assert.equal(rows.find((r) => r.value === 77.8)?.benchmark, 'V-IRL mini');
  assert.ok(!rows.some((r) => /out-of-distribution/i.test(String(r.benchmark))));
});

test('2025-02-24: a -Bench name in capitals is a benchmark too (U-SAFEBENCH 평가 결과)', () => {
  const { benchmarks } = loadReference(REFERENCE_DIR);
  const p = parseDigest(corpusBytes('2025-02-24.md'), '2025-02-24.md', 'x').papers.find((x) => x.arxiv_id === '2502.15086')!;
  const text = p.sections.map((s) => s.text).join('\n');
  assert.ok(benchmarks.mentions(text).some((m) => m.raw === 'U-SAFEBENCH'));
});
