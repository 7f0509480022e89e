import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDigest } from '../../src/extract/parse.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { loadReference, readCsv } from '../../src/transform/reference.js';
import { TopicTagger, UNASSIGNED } from '../../src/transform/topics.js';
import { GOLD, corpusBytes, corpusFiles } from '../helpers.js';

const { topics } = loadReference(REFERENCE_DIR);
const papers = corpusFiles().flatMap((f) => parseDigest(corpusBytes(f), f, 'x').papers);

test('the seed rule (no model): where a term appears decides, in a title it tags, buried in the body it does not', () => {
  const t = new TopicTagger([{ topic: 'benchmarks-datasets', parent: null, keywords: ['benchmark', '벤치마크'], description: '' }]);
  assert.equal(t.tag('A New Benchmark for X', [])[0].topic, 'benchmarks-datasets');
  const body = [
    { kind: 'whats_new' as const, text: '새로운 방법' },
    { kind: 'performance_highlights' as const, text: '여러 벤치마크에서 우수' },
  ];
  assert.equal(t.tag('A Method', body)[0].topic, UNASSIGNED);
  assert.deepEqual(t.tag('A Method', [{ kind: 'whats_new', text: '새로운 벤치마크를 소개합니다' }])[0].evidence, ['벤치마크']);
});

test('terms with an acronym keep its case but match title-cased words: KV Cache, Video LLMs', () => {
  const t = new TopicTagger([
    { topic: 'efficiency', parent: null, keywords: ['KV cache'], description: '' },
    { topic: 'multimodal', parent: null, keywords: ['video LLM'], description: '' },
  ]);
  const topicsOf = (title: string) => t.tag(title, []).map((h) => h.topic);
  assert.deepEqual(topicsOf('SCBench: A KV Cache-Centric Analysis'), ['efficiency']);
  assert.deepEqual(topicsOf('Dispider: Enabling Video LLMs with Active Real-Time Interaction'), ['multimodal']);
  assert.deepEqual(topicsOf('a kv cache and a Video Llm'), [UNASSIGNED], 'the acronym itself keeps its case');
  // on the corpus, the same titles
  const dispider = papers.find((p) => p.title.startsWith('Dispider: Enabling Video LLMs'))!;
  assert.ok(topics.tag(dispider.title, dispider.sections).some((h) => (h.parent ?? h.topic) === 'multimodal'));
});
