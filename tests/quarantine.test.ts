// End to end on a folder of real and damaged digests: loaded + quarantined = headings in the lake,
// and the data-quality report lists what was set aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLake, query } from '../src/staging/lake.js';
import { CORPUS, corpusBytes, countHeadings, runPipeline, tempDir } from './helpers.js';

test('a folder of damaged copies: nothing lost, each problem reported with file and line', async () => {
  const t = tempDir();
  try {
    const digests = join(t.dir, 'digests');
    mkdirSync(digests);
    for (const f of ['2023-11-20.md', '2024-08-16.md', '2025-02-19.md']) copyFileSync(join(CORPUS, f), join(digests, f));
    const sample = corpusBytes('2024-08-16.md').toString('utf8');
    writeFileSync(
      join(digests, '2024-08-17.md'),
      sample.replace('## Daily Papers (2024-08-16)', '## Daily Papers (2024-08-17)').replace('](https://arxiv.org/abs/2408.08072)', ''),
    );
    writeFileSync(join(digests, 'cut.md'), sample.slice(0, Math.floor(sample.length / 2)));
    writeFileSync(join(digests, 'junk.md'), Buffer.concat([Buffer.alloc(200, 0), Buffer.from('\n### [x](y)\n')]));
    writeFileSync(join(digests, 'empty.md'), '');
    writeFileSync(join(digests, 'crlf.md'), '\uFEFF' + corpusBytes('2024-10-21.md').toString('utf8').replace(/\n/g, '\r\n'));
    writeFileSync(join(t.dir, 'index.csv'), 'date,title,url\n2024-08-16,Only in the index,https://arxiv.org/abs/2408.99999\n');

    await runPipeline({ digests, data: join(t.dir, 'data'), reports: join(t.dir, 'reports'), index: join(t.dir, 'index.csv') } as never);

    const headings = [
      '2023-11-20.md',
      '2024-08-16.md',
      '2025-02-19.md',
      '2024-08-17.md',
      'cut.md',
      'junk.md',
      'empty.md',
      'crlf.md',
    ].reduce((n, f) => n + countHeadings(readFileSync(join(digests, f), 'utf8')), 0);
    const lake = await openLake(join(t.dir, 'data'));
    try {
      const [[loaded]] = (await query(lake.conn, 'select count(*) from appearances')).rows as number[][];
      const [[quarantined]] = (await query(lake.conn, "select count(*) from quarantine where scope = 'entry'")).rows as number[][];
      assert.equal(loaded + quarantined, headings);
      assert.ok(quarantined >= 3, `quarantined ${quarantined}`);
      const q = (await query(lake.conn, "select source_path, line, reason from quarantine where scope = 'entry' order by 1, 2")).rows;
      assert.ok(q.some(([f, l, r]) => f === '2024-08-17.md' && (l as number) > 1 && /unterminated link/.test(r as string)));
      assert.ok(q.some(([f, , r]) => f === 'junk.md' && /binary/.test(r as string)));
      const [[crlf]] = (await query(lake.conn, "select count(*) from appearances where source_path = 'crlf.md'")).rows as number[][];
      assert.equal(crlf, countHeadings(readFileSync(join(digests, 'crlf.md'), 'utf8')));
      const rec = (await query(lake.conn, "select status, url from reconciliation where status = 'index_only'")).rows;
      assert.deepEqual(rec, [['index_only', 'https://arxiv.org/abs/2408.99999']]);
    } finally {
      lake.close();
    }
    const dq = readFileSync(join(t.dir, 'reports', 'data_quality.csv'), 'utf8');
    assert.match(dq, /2024-08-17,2024-08-17\.md,\d+,quarantined entry,unterminated link/);
    assert.match(dq, /in index but in no digest,Only in the index/);
    assert.match(dq, /empty\.md,0,quarantined file,empty file/);
  } finally {
    t.cleanup();
  }
});
