import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigest } from '../../src/extract/parse.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { loadReference } from '../../src/transform/reference.js';
import { isSpace, termRegex, termScanner, TermScanners, type TermMode } from '../../src/transform/terms.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

const regexSpans = (re: RegExp, text: string) => [...text.matchAll(re)].flatMap((m) => [m.index!, m.index! + m[0].length]);

function same(terms: string[], mode: TermMode, texts: string[]) {
  const scan = termScanner(terms, mode)!,
    re = termRegex(terms, mode);
  for (const t of texts) assert.deepEqual(scan.spans(t), regexSpans(re, t), `${mode} on ${JSON.stringify(t.slice(0, 80))}`);
}

test('the scanners find exactly what the regex alternation finds, on every corpus text', () => {
  const { topics } = loadReference(REFERENCE_DIR);
  const terms = topics.refs.flatMap((r) => r.keywords);
  const texts = corpusFiles().flatMap((f) =>
    parseDigest(corpusBytes(f), f, 'x').papers.flatMap((p) => [p.title, ...p.sections.map((s) => s.text)]),
  );
  assert.ok(texts.length > 20_000);
  // each on its own, and all three sharing one pass over each text (as the topic tagger has them)
  const groups: { terms: string[]; mode: TermMode }[] = [
    { terms: terms.filter((t) => /[가-힣]/.test(t)), mode: 'substring' },
    { terms: terms.filter((t) => !/[가-힣]/.test(t)), mode: 'words' },
    { terms: terms.filter((t) => !/[가-힣]/.test(t)), mode: 'words-ci' },
  ];
  for (const g of groups) same(g.terms, g.mode, texts);
  const all = new TermScanners(groups),
    res = groups.map((g) => termRegex(g.terms, g.mode));
  for (const t of texts)
    assert.deepEqual(
      all.spans(t),
      res.map((re) => regexSpans(re, t)),
      JSON.stringify(t.slice(0, 80)),
    );
});

test('several substring lists in one pass: each finds its own terms only', () => {
  const groups: { terms: string[]; mode: TermMode }[] = [
    { terms: ['학습', '3D 생성'], mode: 'substring' },
    { terms: ['학생', '생성 모델', 'LoRA'], mode: 'substring' },
    { terms: ['LoRA'], mode: 'words' },
  ];
  const all = new TermScanners(groups);
  for (const t of ['학습하는 학생이 3D 생성 모델을 LoRA로', '3D-생성 모델', ''])
    assert.deepEqual(
      all.spans(t),
      groups.map((g) => regexSpans(termRegex(g.terms, g.mode), t)),
      t,
    );
});

test('words: separators, plurals, boundaries and order as the regex has them', () => {
  const terms = ['pre-training', 'pretraining', 'LoRA', 'o1', 'o1-like', 'chain of thought', 'MoE', 'RL', 'pipe line', 'pipe'];
  const texts = [
    'Pre-training and pretraining and pre training, pre–training',
    'pretrain-ing',
    'LoRAs, LoRA-s, LoRAes, xLoRA, LoRA2',
    'o1-like o1 like o1like o1-likes o1--like',
    'chain-of-thoughts chain ofthought chainof-thought',
    'MoEs moe RL-based RLHF',
    'a\u00a0b pre\u00a0training pre\ntraining',
    '',
    // plurals whose s or es stands in a token of its own, and capitals in any-case matching
    'pipe-s pipe-es Pipe-S PIPE-ES pipe line-s pipelines PIPE LINES pipe-line-es pipees pipe s',
    'LORAS LoRAES Pre-Trainings O1S',
  ];
  same(terms, 'words', texts);
  same(terms, 'words-ci', texts);
  assert.deepEqual(termScanner(['pre-training'], 'words-ci')!.spans('Pre-Trainings!'), [0, 13]);
  assert.deepEqual(termScanner(['pre-training'], 'words-ci')!.spans('pretrain-ing'), []);
});

test('substring: words joined by at most one separator; longest term first', () => {
  const terms = ['사전 학습', '사전학습', '학습', '3D 생성', '시각-언어', '긴장감', '긴 컨텍스트', '뇌'];
  same(terms, 'substring', [
    '사전 학습과 사전학습, 사전-학습, 사전  학습',
    '3D생성 3D 생성 3D-생성',
    '시각 언어 시각언어',
    '긴컨텍스트 긴 컨텍스트 긴장감',
    '긴\u2003컨텍스트 긴\u3000컨텍스트 긴\n컨텍스트 뇌',
    '사',
    '',
  ]);
});

test('terms the scanners do not model (punctuation) fall back to the regex, same matches', () => {
  const terms = ['C++', 'GPT-4.5', 'Node.js', 'RL'];
  same(terms, 'words', ['C++ and GPT-4.5 on Node.js, RL', 'GPT-4.55 C+++ xC++']);
  same(terms, 'words-ci', ['c++ and gpt-4.5 on node.js, rl']);
});

test("isSpace is JavaScript's \\s on every UTF-16 code unit", () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});
