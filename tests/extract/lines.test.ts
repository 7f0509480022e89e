// Every line accounted for: each corpus entry is rebuilt, line for line, from its parsed record
// (votes, authors, media, sections, field issues), and no non-blank line is missing or doubled.
// The count identity (papers + quarantined = headings) cannot see a loss inside an entry; this can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigest } from '../../src/extract/parse.js';
import type { Issue, RawPaper } from '../../src/staging/records.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

/** What the record says a line was, to compare with the line itself (trimmed); null when it fails. */
function rebuild(p: RawPaper, lines: string[], fieldIssues: Map<number, Issue>): Map<number, string[]> {
  const owners = new Map<number, string[]>();
  const own = (n: number, who: string) => owners.set(n, [...(owners.get(n) ?? []), who]);
  const at = (n: number) => lines[n - 1].trim();
  const where = (n: number) => `line ${n} "${at(n).slice(0, 60)}"`;
  if (p.vote_line !== null) {
    own(p.vote_line, 'vote');
    assert.equal(at(p.vote_line).replace(/,/g, ''), `Vote: ${p.votes ?? '-'}`, where(p.vote_line));
  }
  if (p.authors_line !== null) {
    own(p.authors_line, 'authors');
    assert.equal(at(p.authors_line), `Authors: ${p.authors_raw}`.trim(), where(p.authors_line));
    if (p.authors_raw!.trim() !== '') assert.ok(p.authors.length > 0, `names read from ${where(p.authors_line)}`);
  }
  assert.equal(p.media_lines.length > 0, p.image_url !== null, `media lines iff media (${p.line})`);
  for (const n of p.media_lines) {
    own(n, 'media');
    // a line of the media either names its URL or is a wrapper tag (`</div>`) alone
    assert.ok(at(n).includes(p.image_url!) || (/^(<[^<>]*>\s*)+$/.test(at(n)) && !/src=/i.test(at(n))), where(n));
  }
  for (const s of p.sections) {
    const body: number[] = [];
    for (let n = s.line; n <= s.end; n++)
      if (at(n) !== '') {
        own(n, `section ${s.line}`);
        body.push(n);
      }
    assert.equal(body[0], s.line, `a section starts on a line of its own: ${where(s.line)}`);
    assert.equal(body[body.length - 1], s.end, where(s.end));
    const text = s.text.split('\n');
    const first = at(s.line);
    if (s.heading !== null) assert.ok(first.includes(s.heading), `heading as written: ${where(s.line)}`);
    // the bullet's own text, unless it had none (`- **What's New**:` and the text below)
    const rest = body.slice(1).map(at);
    if (first.endsWith(text[0]) && text.length === rest.length + 1) assert.deepEqual(text.slice(1), rest, where(s.line));
    else assert.deepEqual(text, rest, `section text rebuilt: ${where(s.line)}`);
  }
  for (const [n, i] of fieldIssues) {
    own(n, `issue "${i.reason}"`);
    assert.equal(i.raw_text, lines[n - 1], where(n));
  }
  return owners;
}

test('every corpus entry rebuilds line for line from its parsed record: nothing missing, nothing doubled', () => {
  let entries = 0,
    checked = 0;
  for (const f of corpusFiles()) {
    const lines = corpusBytes(f)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')
      .map((l) => l.replace(/\r$/, ''));
    const d = parseDigest(corpusBytes(f), f, 'x');
    assert.deepEqual(
      d.issues.filter((i) => i.scope === 'entry'),
      [],
      f,
    );
    for (const p of d.papers) {
      // the entry, found without the parser: heading up to the next heading or digest header
      let end = p.line; // 1-based, exclusive
      while (end <= lines.length && !(end > p.line && /^##?#?(\s|$)/.test(lines[end - 1]))) end++;
      const issues = new Map(d.issues.filter((i) => i.scope === 'field' && i.line > p.line && i.line < end).map((i) => [i.line, i]));
      const owners = rebuild(p, lines, issues);
      for (let n = p.line + 1; n < end; n++) {
        if (lines[n - 1].trim() === '') {
          assert.equal(owners.get(n), undefined, `${f}:${n} is blank`);
          continue;
        }
        assert.equal(
          owners.get(n)?.length,
          1,
          `${f}:${n} "${lines[n - 1].slice(0, 60)}" is in ${JSON.stringify(owners.get(n) ?? 'no place')}`,
        );
        checked++;
      }
      for (const n of owners.keys()) assert.ok(n > p.line && n < end, `${f}:${n} is inside the entry at ${p.line}`);
      entries++;
    }
  }
  assert.equal(entries, 4348);
  assert.equal(checked, 30_154, 'non-blank lines inside entries');
});

test('no vote, author list or media URL of the corpus is lost: counted in the text without the parser', () => {
  let votes = 0,
    authors = 0,
    media = 0,
    readVotes = 0,
    readAuthors = 0,
    readMedia = 0;
  for (const f of corpusFiles()) {
    const text = corpusBytes(f).toString('utf8');
    for (const entry of text.split(/^(?=### )/m).slice(1)) {
      if (/^Vote: \d/m.test(entry)) votes++;
      if (/^Authors: /m.test(entry)) authors++;
      if (/^(?:!\[|\[Watch Video\]|<video|<div><video)/m.test(entry)) media++;
    }
    for (const p of parseDigest(corpusBytes(f), f, 'x').papers) {
      if (p.votes !== null) readVotes++;
      if (p.authors.length) readAuthors++;
      if (p.image_url !== null) readMedia++;
    }
  }
  assert.deepEqual([readVotes, readAuthors, readMedia], [votes, authors, media]);
});
