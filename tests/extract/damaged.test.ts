// Input that is not a digest, or a damaged one: nothing crashes, each problem is a quarantine
// row naming file and line, and the rest of the file loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigest } from '../../src/extract/parse.js';
import { corpusBytes } from '../helpers.js';

const sample = corpusBytes('2024-08-16.md').toString('utf8');
const lines = sample.split('\n');
const headingLines = lines.flatMap((l, i) => (l.startsWith('### ') ? [i] : []));
const parse = (text: string | Buffer, name = '2024-08-16.md') =>
  parseDigest(typeof text === 'string' ? Buffer.from(text) : text, name, 'x');
const entryIssues = (d: ReturnType<typeof parse>) => d.issues.filter((i) => i.scope === 'entry');

test('empty file and whitespace-only file: one file-level row, no papers', () => {
  for (const t of ['', '\n\n  \n']) {
    const d = parse(t, 'empty.md');
    assert.equal(d.papers.length, 0);
    assert.match(d.issues[0].reason, /empty file/);
    assert.equal(d.issues[0].scope, 'file');
  }
});

test('binary file: quarantined as binary, every heading line in it as an entry', () => {
  const junk = Buffer.concat([Buffer.alloc(400, 0), Buffer.from('\n### [T](https://arxiv.org/abs/2401.00001)\n'), Buffer.alloc(400, 7)]);
  const d = parse(junk, 'x.md');
  assert.equal(d.format, 'binary');
  assert.equal(d.papers.length, 0);
  assert.equal(entryIssues(d).length, 1);
  assert.ok(d.issues.some((i) => /binary file/.test(i.reason)));
});

test('a file that is not a digest at all loads nothing and says why', () => {
  const d = parse('# My notes\n\nNothing to see.\n', 'notes.md');
  assert.equal(d.papers.length, 0);
  assert.match(d.issues[0].reason, /missing "## Daily Papers \(DATE\)" header and no date in the file name/);
});

test('missing date header: date from the file name, papers still load', () => {
  const d = parse(lines.slice(1).join('\n'));
  assert.equal(d.digest_date, '2024-08-16');
  assert.equal(d.papers.length, 11);
  assert.match(d.issues[0].reason, /missing .* header; date 2024-08-16 taken from the file name/);
});

test('wrong date in header, and no date in the name: every entry quarantined with the reason', () => {
  const d = parse(['## Daily Papers (2024-13-45)', ...lines.slice(1)].join('\n'), 'digest.md');
  assert.equal(d.papers.length, 0);
  assert.equal(entryIssues(d).length, 11);
  assert.match(d.issues[0].reason, /invalid date in digest header: "2024-13-45"/);
  assert.equal(d.issues[0].line, 1);
});

test('heading without a URL, and an unterminated link: that entry quarantined at its line, the rest load', () => {
  const l = [...lines];
  l[headingLines[1]] = '### I-SHEEP: Self-Alignment of LLM from Scratch';
  l[headingLines[2]] = '### [Heavy Labels Out! Dataset Distillation](https://arxiv.org/abs/2408.08201';
  const d = parse(l.join('\n'));
  assert.equal(d.papers.length, 9);
  const q = entryIssues(d);
  assert.deepEqual(
    q.map((i) => i.line),
    [headingLines[1] + 1, headingLines[2] + 1],
  );
  assert.match(q[0].reason, /heading without a \[title\]\(url\) link/);
  assert.match(q[1].reason, /unterminated link/);
  assert.ok(q[0].raw_text.startsWith('### I-SHEEP'));
});

test('invalid UTF-8 inside one entry: that entry quarantined, the rest load', () => {
  const at = sample.indexOf('Vote: 16');
  const buf = Buffer.concat([Buffer.from(sample.slice(0, at)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(sample.slice(at))]);
  const d = parse(buf);
  assert.equal(d.papers.length, 10);
  assert.match(entryIssues(d)[0].reason, /invalid UTF-8 at line \d+/);
});

test('BOM and CRLF: the same papers as the clean file', () => {
  const clean = parse(sample).papers;
  const d = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample.replace(/\n/g, '\r\n'))]));
  assert.deepEqual(d.papers, clean);
  assert.ok(d.issues.some((i) => /byte-order mark/.test(i.reason)));
});

test('file cut mid-entry: the cut entry is quarantined as cut, the others load', () => {
  const cut = lines.slice(0, headingLines[10] + 3).join('\n'); // heading, blank, image of the last
  const d = parse(cut);
  assert.equal(d.papers.length, 10);
  assert.match(entryIssues(d)[0].reason, /cut mid-entry/);
});

test('a paper listed twice in one digest: the second is quarantined as a duplicate', () => {
  const block = lines.slice(headingLines[0], headingLines[1]).join('\n');
  const d = parse(`${sample}\n${block}\n`);
  assert.equal(d.papers.length, 11);
  assert.match(entryIssues(d)[0].reason, new RegExp(`duplicate of the entry at line ${headingLines[0] + 1}`));
});

test('unreadable vote: NULL and a field-level note', () => {
  const d = parse(sample.replace('Vote: 21', 'Vote: many'));
  assert.equal(d.papers[0].votes, null);
  assert.equal(d.papers.length, 11);
  const f = d.issues.find((i) => i.scope === 'field')!;
  assert.match(f.reason, /unreadable vote "many"/);
});

test('a line that is no field and no summary: a field row naming it, not a fake summary section', () => {
  const at = lines.indexOf('Vote: 21');
  const l = [...lines];
  l.splice(at, 0, '[Code](https://github.com/example/code)', '<p>see the project page</p>', 'Upvotes: 12');
  const d = parse(l.join('\n'));
  const clean = parse(sample).papers[0];
  assert.equal(d.papers.length, 11);
  assert.deepEqual(
    d.papers[0].sections.map((s) => s.text),
    clean.sections.map((s) => s.text),
  );
  const f = d.issues.filter((i) => i.scope === 'field');
  assert.deepEqual(
    f.map((i) => i.line),
    [at + 1, at + 2, at + 3],
  );
  for (const i of f) assert.match(i.reason, /^line not understood: /);
  assert.equal(f[0].raw_text, '[Code](https://github.com/example/code)');
});

test('a second Vote: or Authors: line is kept as a field row; a field written after the summary is still read', () => {
  const vote = lines.indexOf('Vote: 21');
  const authors = lines.findIndex((x, i) => i > vote && x.startsWith('Authors: '));
  const l = [...lines];
  l.splice(authors + 1, 0, '', 'Vote: 99', '', 'Authors: Someone Else');
  const d = parse(l.join('\n'));
  assert.equal(d.papers[0].votes, 21);
  assert.equal(d.papers[0].authors.length, 17);
  const f = d.issues.filter((i) => i.scope === 'field');
  assert.deepEqual(
    f.map((i) => i.reason),
    [
      `line not understood: a second Vote: line (the entry keeps line ${vote + 1}'s)`,
      `line not understood: a second Authors: line (the entry keeps line ${authors + 1}'s)`,
    ],
  );
  // the vote line moved below the summary: still the vote, and the section it interrupts ends there
  const moved = [...lines];
  moved.splice(vote, 1);
  const next = moved.findIndex((x, i) => i > vote && x.startsWith('- **Technical'));
  moved.splice(next, 0, 'Vote: 21');
  const p = parse(moved.join('\n')).papers[0];
  assert.equal(p.votes, 21);
  assert.equal(p.vote_line, next + 1);
  assert.ok(p.sections.every((s) => !s.text.includes('Vote:')));
});
