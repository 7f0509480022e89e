import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { arrowSchema, toArrowTable } from '../../src/schema/arrow.js';
import { schemaMarkdown, TABLES, tableDef } from '../../src/schema/tables.js';

test("the README's table reference is the one generated from the schema module", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- schema:begin -->\n([\s\S]*?)<!-- schema:end -->/.exec(readme);
  assert.ok(m, 'README has the schema markers');
  assert.equal(m[1].trim(), schemaMarkdown().trim(), 'run `npm run docs` to regenerate');
});

test('every table derives an Arrow schema with its columns in order', () => {
  for (const t of TABLES)
    assert.deepEqual(
      arrowSchema(t).fields.map((f) => f.name),
      t.columns.map((c) => c.name),
    );
});

test('Arrow tables keep NULLs, dates and lists; not-null columns refuse NULL', () => {
  const t = toArrowTable(tableDef('authors'), [
    {
      author_id: 'a',
      display_name: 'Tim Rocktäschel',
      name_key: 'tim rocktaschel',
      variants: ['Tim Rocktäschel', 'Tim Rocktaschel'],
      n_papers: 2,
      first_seen: '2024-08-16',
      last_seen: '2024-08-17',
      merge_reason: null,
    },
  ]);
  const row = t.get(0)!.toJSON();
  assert.equal(row.display_name, 'Tim Rocktäschel');
  assert.equal(row.merge_reason, null);
  assert.deepEqual([...row.variants], ['Tim Rocktäschel', 'Tim Rocktaschel']);
  assert.equal(new Date(row.first_seen).toISOString().slice(0, 10), '2024-08-16');
  assert.throws(() => toArrowTable(tableDef('authors'), [{ author_id: null } as never]), /authors\.author_id is NULL/);
});
