// Tables from facts in memory, through the same GlobalTables and partition functions the
// transform stage runs (but in one batch, one thread, without staging): for tests that need
// rows of every table from a few digests. Tests of the stage's own results read what it staged
// (`stagedRows`).
import { join } from 'node:path';
import { columnsToRows } from '../src/schema/arrow.js';
import { tableDef, type Row } from '../src/schema/tables.js';
import { readTransformIndex } from '../src/staging/transform.js';
import { layout } from '../src/staging/layout.js';
import {
  bodyTables,
  GlobalTables,
  PAPER_TABLES,
  authorPartColumns,
  paperPartColumns,
  type AssembleOptions,
} from '../src/transform/assemble.js';
import type { DigestFacts, DigestRows } from '../src/transform/digest.js';
import { appearanceTexts } from '../src/transform/wire.js';
import { arrow } from '../src/vendor.js';
import { readFileSync } from 'node:fs';

export function* factTableParts(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Generator<[string, Row[]]> {
  const g = new GlobalTables(opts);
  g.add(digests);
  const { tables, papers, authors } = g.finish();
  const a = authors();
  yield* tables;
  yield ['authors', a.table];
  const texts = appearanceTexts(digests);
  for (const p of papers) for (const [name, cols] of paperPartColumns(p, [texts])) yield [name, columnsToRows(tableDef(name), cols)];
  for (const p of a.parts) yield ['paper_authors', columnsToRows(tableDef('paper_authors'), authorPartColumns(p))];
}

/** The same tables, collected whole. */
export function factTables(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const [name, rows] of factTableParts(digests, opts)) tables.set(name, [...(tables.get(name) ?? []), ...rows]);
  for (const t of PAPER_TABLES) tables.set(t, tables.get(t) ?? []);
  return tables;
}

/** Every table at once. */
export function assemble(digests: readonly DigestRows[], opts: AssembleOptions = {}): Map<string, Row[]> {
  return new Map([...bodyTables(digests), ...factTables(digests, opts)]);
}

/** The rows the transform stage staged for a table (every part, in the index's order). */
export function stagedRows(data: string, table: string): Row[] {
  const index = readTransformIndex(data);
  const dir = layout(data).transformDir;
  // list columns come back as Arrow vectors: as arrays, they compare as rows do
  const plain = (v: unknown) => (v !== null && typeof v === 'object' && Symbol.iterator in v ? [...(v as Iterable<unknown>)] : v);
  return Object.values(index.tables[table] ?? {}).flatMap((p) =>
    arrow()
      .tableFromIPC(readFileSync(join(dir, p.file)))
      .toArray()
      .map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, plain(v)])) as Row),
  );
}
