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

test('corpus: every paper has a topic or is unassigned, and unassigned is under 5%', () => {
  let unassigned = 0;
  for (const p of papers) {
    const hits = topics.tag(p.title, p.sections);
    assert.ok(hits.length >= 1);
    if (hits[0].topic === UNASSIGNED) { unassigned++; assert.equal(hits.length, 1); }
    else for (const h of hits) assert.ok(h.evidence.length > 0, 'a topic always shows its evidence');
  }
  assert.ok(unassigned / papers.length < 0.05, `unassigned ${unassigned}/${papers.length}`);
});

test('gold topic labels (../shared/gold/topics.dev.csv): recall ≥ 0.85, precision ≥ 0.85 (children count as parents)', () => {
  let req = 0, reqHit = 0, pred = 0, predOk = 0;
  for (const g of readCsv(join(GOLD, 'topics.dev.csv'))) {
    const p = papers.find((x) => x.arxiv_id === g.arxiv_id && x.digest_date === g.digest_date)!;
    const got = new Set(topics.tag(p.title, p.sections).filter((h) => h.topic !== UNASSIGNED).map((h) => h.parent ?? h.topic));
    const required = g.required.split(';').filter(Boolean), optional = g.optional.split(';').filter(Boolean);
    req += required.length; reqHit += required.filter((t) => got.has(t)).length;
    pred += got.size; predOk += [...got].filter((t) => required.includes(t) || optional.includes(t)).length;
  }
  assert.ok(req > 40);
  assert.ok(reqHit / req >= 0.85, `recall ${reqHit / req}`);
  assert.ok(predOk / pred >= 0.85, `precision ${predOk / pred}`);
});

test('where a term appears decides: in a title it tags, buried in the body it does not', () => {
  const t = new TopicTagger([{ topic: 'benchmarks-datasets', parent: null, keywords: ['benchmark', '벤치마크'], description: '' }]);
  assert.equal(t.tag('A New Benchmark for X', [])[0].topic, 'benchmarks-datasets');
  const body = [{ kind: 'whats_new' as const, text: '새로운 방법' }, { kind: 'performance_highlights' as const, text: '여러 벤치마크에서 우수' }];
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
