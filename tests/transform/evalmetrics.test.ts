// eval:metrics: agreement of the matched rows' metric, kind, unit, system and own with gold.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REFERENCE_DIR, ROOT } from '../../src/paths.js';
import type { Row } from '../../src/schema/tables.js';
import { parseGoldMetrics, scoreMetrics } from '../../src/transform/evalmetrics.js';
import { loadReference } from '../../src/transform/reference.js';

const vocab = loadReference(REFERENCE_DIR).benchmarks.metrics;
const goldRow = (value: string, extra: Record<string, string> = {}) => ({
  digest_date: '2024-08-16',
  arxiv_id: '2408.08152',
  benchmark: '',
  metric: '',
  value,
  value_low: '',
  unit: '%',
  kind: 'score',
  baseline_value: '',
  required: '1',
  system: '',
  own: '',
  quote: 'ignored',
  ...extra,
});
const pred = (value: number, extra: Partial<Row> = {}): Row => ({
  digest_date: '2024-08-16',
  arxiv_id: '2408.08152',
  benchmark: null,
  value,
  unit: '%',
  kind: 'score',
  metric: null,
  sentence: '',
  ...extra,
});

test('metric agreement reads both sides through the vocabulary: spellings, case, and the head of a phrase', () => {
  const gold = parseGoldMetrics([
    goldRow('60.2', { metric: '통과율' }),
    goldRow('47.2', { metric: 'zero-shot accuracy' }),
    goldRow('8.77', { metric: 'FID-30K', unit: '' }),
    goldRow('3', { metric: 'inference speed', unit: 'x', kind: 'efficiency' }),
    goldRow('21.7', { metric: 'win rate' }),
    goldRow('5', { metric: '' }),
  ]);
  const s = scoreMetrics(
    gold,
    [
      pred(60.2, { metric: 'pass rate' }),
      pred(47.2, { metric: 'Accuracy' }),
      pred(8.77, { metric: 'FID', unit: null }),
      pred(3, { metric: 'speed', unit: 'x', kind: 'gain' }),
      pred(21.7, { metric: 'success rate' }),
      pred(5, { metric: 'accuracy' }),
    ],
    vocab,
  );
  assert.equal(s.matched, 6);
  assert.deepEqual([s.fields.metric!.agree, s.fields.metric!.rows], [4, 5]); // the blank gold metric is not counted
  assert.deepEqual(
    s.fields.metric!.disagreements.map((d) => d.gold.metric),
    ['win rate'],
  );
  assert.deepEqual([s.fields.kind!.agree, s.fields.kind!.rows], [5, 6]);
  assert.deepEqual([s.fields.unit!.agree, s.fields.unit!.rows], [6, 6]);
  assert.equal(s.fields.system, undefined, 'no system column in the predictions: not scored');
});

test('system agreement ignores case, spaces and punctuation, and either of A / B; own compares 1 and 0', () => {
  const gold = parseGoldMetrics([
    goldRow('60.2', { system: 'DeepSeek-Prover-V1.5', own: '1' }),
    goldRow('50', { system: 'GPT-4 / Claude 3', own: '0' }),
    goldRow('63.5', { system: 'DeepSeek-Prover-V1.5 (tree search)', own: '1' }),
    goldRow('7', { system: '', own: '' }),
  ]);
  const s = scoreMetrics(
    gold,
    [
      pred(60.2, { system: 'deepseek prover v1.5', own: true }),
      pred(50, { system: 'Claude-3', own: false }),
      pred(63.5, { system: 'DeepSeek-Prover-V1.5', own: false }),
      pred(7, { system: 'X', own: true }),
    ],
    vocab,
  );
  assert.deepEqual([s.fields.system!.agree, s.fields.system!.rows], [2, 3]);
  assert.deepEqual([s.fields.own!.agree, s.fields.own!.rows], [2, 3]);
});

test('eval:metrics on a missing gold file: one line, exit 3', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline', 'eval-metrics.ts'), '--gold', '/nonexistent/gold.csv'], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  assert.equal(r.status, 3);
  assert.equal(r.stderr, 'paperlake: no gold file at /nonexistent/gold.csv\n');
});
