// eval:diff: rows keyed by paper, date, value and unit; what a change adds, drops and alters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDigest } from '../../src/extract/parse.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { corpusMetricRows, diffRows, formatDiff, parseCsvRows, rowsToCsv, type CsvRow } from '../../src/transform/evaldiff.js';
import { loadReference } from '../../src/transform/reference.js';
import { corpusBytes } from '../helpers.js';

const { benchmarks } = loadReference(REFERENCE_DIR);
const row = (value: string, extra: Partial<CsvRow> = {}): CsvRow => ({
  digest_date: '2024-08-16',
  arxiv_id: '2408.00001',
  value,
  unit: '%',
  benchmark: '',
  kind: 'score',
  sentence: `s ${value}`,
  ...extra,
});

test('a saved extraction of a real digest reads back as identical', () => {
  const rows = corpusMetricRows(parseDigest(corpusBytes('2024-08-16.md'), '2024-08-16.md', 'x').papers, benchmarks);
  assert.ok(rows.length > 10 && rows.every((r) => r.sentence && r.value));
  const back = parseCsvRows(rowsToCsv(rows), 'x.csv');
  assert.deepEqual(back, rows);
  const d = diffRows(back, rows);
  assert.deepEqual([d.added.length, d.dropped.length, d.altered.length, d.unchanged], [0, 0, 0, rows.length]);
});

test('added, dropped and altered rows, the same value twice on one paper paired with its like', () => {
  const old = [row('1'), row('2', { benchmark: 'A' }), row('2', { benchmark: 'B' }), row('3')];
  const now = [row('1', { kind: 'gain' }), row('2', { benchmark: 'B' }), row('2', { benchmark: 'C' }), row('4')];
  const d = diffRows(old, now);
  assert.deepEqual(
    d.added.map((r) => r.value),
    ['4'],
  );
  assert.deepEqual(
    d.dropped.map((r) => r.value),
    ['3'],
  );
  assert.deepEqual(
    d.altered.map((a) => [a.old.value, a.fields, a.old.benchmark, a.new.benchmark]),
    [
      ['1', ['kind'], '', ''],
      ['2', ['benchmark'], 'A', 'C'],
    ],
  );
  assert.equal(d.unchanged, 1);
  const lines = formatDiff(d);
  assert.ok(lines.includes('~ 2024-08-16 2408.00001 1% kind: score → gain'), lines.join('\n'));
  assert.equal(lines.at(-1), '1 added, 1 dropped, 2 altered, 1 unchanged');
});

test('a column only the new extraction has is named, not counted as a change', () => {
  const d = diffRows([row('1')], [row('1', { system: 'X' })]);
  assert.equal(d.unchanged, 1);
  assert.deepEqual(d.onlyNew, ['system']);
  assert.match(formatDiff(d).at(-1)!, /new columns not compared: system/);
});
