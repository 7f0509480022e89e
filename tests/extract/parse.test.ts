import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest } from '../../src/extract/parse.js';
import { readCsv } from '../../src/transform/reference.js';
import { CORPUS, SHARED, corpusBytes, corpusFiles, countHeadings } from '../helpers.js';

const parsed = corpusFiles().map((f) => ({ f, d: parseDigest(corpusBytes(f), f, 'sha') }));

test('every digest of the corpus parses, with its date from the header', () => {
  assert.equal(parsed.length, 287);
  for (const { f, d } of parsed) {
    assert.equal(d.digest_date, f.slice(0, 10), f);
    assert.deepEqual(
      d.issues.filter((i) => i.scope !== 'field'),
      [],
      `${f} has no damage`,
    );
  }
});

test('paper entries = `### ` headings over the whole corpus (4,348)', () => {
  const headings = corpusFiles().reduce((n, f) => n + countHeadings(corpusBytes(f).toString('utf8')), 0);
  const papers = parsed.reduce((n, { d }) => n + d.papers.length, 0);
  assert.equal(headings, 4348);
  assert.equal(papers, headings);
});

test('(date, url) pairs equal papers_list.csv except the entries no digest contains', () => {
  const index = readCsv(join(SHARED, 'corpus', 'papers_list.csv'));
  const ours = new Set(parsed.flatMap(({ d }) => d.papers.map((p) => `${p.digest_date} ${p.url}`)));
  const listed = new Set(index.map((r) => `${r.date} ${r.url}`));
  const missing = [...listed].filter((k) => !ours.has(k));
  assert.deepEqual(
    [...ours].filter((k) => !listed.has(k)),
    [],
    'nothing extracted that the index does not list',
  );
  // the index's extra entries are absent from the digest text itself, not lost by the parser
  for (const k of missing) {
    const [date, url] = k.split(' ');
    assert.ok(!readFileSync(join(CORPUS, `${date}.md`), 'utf8').includes(`(${url})`), `${k} is in the digest but was not extracted`);
  }
  assert.ok(missing.length > 0 && missing.length < 50);
});

test('2024-08-16 (the bundled sample): 11 papers with the votes and author counts of the file', () => {
  const text = corpusBytes('2024-08-16.md').toString('utf8');
  const { d } = parsed.find((p) => p.f === '2024-08-16.md')!;
  const votes = [...text.matchAll(/^Vote: (\d+)$/gm)].map((m) => Number(m[1]));
  const lists = [...text.matchAll(/^Authors: (.*)$/gm)].map((m) => m[1].split(', '));
  const authorCounts = lists.map((l) => new Set(l.filter((a) => a !== '+')).size);
  assert.equal(d.papers.length, 11);
  assert.deepEqual(
    d.papers.map((p) => p.votes),
    votes,
  );
  assert.deepEqual(
    d.papers.map((p) => p.authors.length),
    authorCounts,
  );
  assert.deepEqual(
    d.papers.map((p) => p.list_truncated),
    lists.map((l) => l.includes('+')),
  );
  // spot check against a reading of the file: the 6th list has a `+` in the middle
  assert.equal(d.papers[5].authors.length, 22);
  assert.equal(d.papers[5].list_truncated, true);
  assert.equal(d.papers[0].arxiv_id, '2408.08152');
  assert.equal(d.papers[0].votes, 21);
  assert.equal(d.papers[0].authors.length, 17);
  assert.deepEqual(
    d.papers[0].sections.map((s) => s.kind),
    ['whats_new', 'technical_details', 'performance_highlights'],
  );
  assert.equal(d.format, 'sections');
});

test('2023-11-20 (era 1): plain bullets become `summary` sections; no image, votes or authors', () => {
  const { d } = parsed.find((p) => p.f === '2023-11-20.md')!;
  assert.equal(d.format, 'plain');
  for (const p of d.papers) {
    assert.equal(p.votes, null);
    assert.equal(p.authors_raw, null);
    assert.equal(p.image_url, null);
    assert.ok(p.sections.length >= 1 && p.sections.every((s) => s.kind === 'summary' && s.heading === null));
  }
});

test('provenance: every paper points at its `### ` line', () => {
  for (const { f, d } of parsed.slice(0, 40)) {
    const lines = corpusBytes(f).toString('utf8').split('\n');
    for (const p of d.papers) assert.ok(lines[p.line - 1].startsWith('### ') && lines[p.line - 1].includes(p.url), `${f}:${p.line}`);
  }
});
