import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnsToRows, concatIPC, dateToDays, toIPC, type Columns } from '../../src/schema/arrow.js';
import { arrow } from '../../src/vendor.js';
import { tableDef, type Row } from '../../src/schema/tables.js';
import { parseDigest } from '../../src/extract/parse.js';
import { assemble } from '../assembled.js';
import { transformDigest } from '../../src/transform/digest.js';
import { metricRows } from '../../src/transform/metrics.js';
import { loadReference } from '../../src/transform/reference.js';
import { REFERENCE_DIR } from '../../src/paths.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

// Producers of millions of rows hand the Arrow builder columns instead of row objects: the
// bytes must not depend on which they chose.
const files = corpusFiles().slice(0, 40);
const ref = loadReference(REFERENCE_DIR);
const fx = {
  metrics: (p: Parameters<typeof metricRows>[0]) => metricRows(p, ref.benchmarks),
  topics: (p: Parameters<typeof metricRows>[0]) => ref.topics.tag(p.title, p.sections),
};
const tables = assemble(files.map((f) => transformDigest(parseDigest(corpusBytes(f), f, 'x'), fx)));

function asColumns(table: string, rows: Row[], daysAsNumbers: boolean): Columns {
  const values: Record<string, unknown[]> = {};
  for (const c of tableDef(table).columns) {
    values[c.name] = rows.map((r) =>
      daysAsNumbers && c.type === 'date' && typeof r[c.name] === 'string' ? dateToDays(r[c.name] as string) : r[c.name],
    );
  }
  return { length: rows.length, values };
}

test('columns give the same Arrow IPC bytes as rows (dates as strings or day numbers), and convert back', () => {
  for (const name of ['appearances', 'sections', 'metrics', 'papers', 'paper_authors', 'paper_topics', 'authors']) {
    const rows = tables.get(name)!;
    assert.ok(rows.length > 0, `${name} has rows`);
    const bytes = Buffer.from(toIPC(tableDef(name), rows));
    for (const numbers of [false, true]) {
      const cols = asColumns(name, rows, numbers);
      assert.ok(bytes.equals(Buffer.from(toIPC(tableDef(name), cols))), `${name}, dates as ${numbers ? 'numbers' : 'strings'}`);
      assert.deepEqual(columnsToRows(tableDef(name), cols), rows);
    }
  }
});

test('columns are checked like rows: a NULL in a not-null column, or a column of the wrong length', () => {
  const rows = tables.get('appearances')!.slice(0, 3);
  const cols = asColumns('appearances', rows, false);
  assert.throws(
    () => toIPC(tableDef('appearances'), { ...cols, values: { ...cols.values, arxiv_id: [rows[0].arxiv_id, null, rows[2].arxiv_id] } }),
    /appearances\.arxiv_id is NULL in row 1/,
  );
  assert.throws(
    () => toIPC(tableDef('appearances'), { ...cols, values: { ...cols.values, rank: [1, 2] } }),
    /appearances\.rank: 2 values for 3 rows/,
  );
});

test('IPC streams of one table spliced into one read back as all their rows, in order; other schemas are refused', () => {
  const { tableFromIPC } = arrow();
  const def = tableDef('sections');
  const rows = tables.get('sections')!;
  const cuts = [0, 7, 300, rows.length];
  const streams = cuts.slice(1).map((end, i) => toIPC(def, rows.slice(cuts[i], end)));
  const back = tableFromIPC(concatIPC(streams));
  assert.equal(back.numRows, rows.length);
  assert.deepEqual(
    back.getChild('text')!.toArray(),
    rows.map((r) => r.text),
  );
  assert.equal(concatIPC([streams[0]]), streams[0]);
  assert.throws(() => concatIPC([streams[0], toIPC(tableDef('metrics'), tables.get('metrics')!.slice(0, 3))]), /different schemas/);
});
