// Each real-corpus oddity, tested on the digest it comes from (named by date).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDigest } from '../../src/extract/parse.js';
import { parseAuthors } from '../../src/extract/authors.js';
import { corpusBytes, corpusFiles } from '../helpers.js';

const digest = (date: string) => parseDigest(corpusBytes(`${date}.md`), `${date}.md`, 'x');
const paper = (date: string, id: string) => {
  const p = digest(date).papers.find((x) => x.arxiv_id === id);
  assert.ok(p, `${id} in ${date}`);
  return p;
};

test('2023-12-12: `Vote: -` is NULL, not 0', () => {
  const text = corpusBytes('2023-12-12.md').toString('utf8');
  const lines = text.split('\n');
  const d = digest('2023-12-12');
  const dashed = d.papers.filter((p) => {
    const end = lines.findIndex((l, i) => i >= p.line && l.startsWith('### '));
    return lines.slice(p.line, end === -1 ? undefined : end).includes('Vote: -');
  });
  assert.ok(dashed.length > 0);
  for (const p of dashed) assert.equal(p.votes, null);
});

test('2024-10-21: author lists written as Python lists', () => {
  const d = digest('2024-10-21');
  const listed = d.papers.filter((p) => p.authors_raw?.startsWith('['));
  assert.ok(listed.length > 0);
  for (const p of listed) {
    for (const a of p.authors) assert.doesNotMatch(a, /^['"\[]|['"\]]$/, `clean name: ${a}`);
  }
  assert.equal(listed[0].authors.length, (listed[0].authors_raw!.match(/', '/g) ?? []).length + 1);
});

test('2024-10-21: a second `## Daily Papers` header mid-file does not end or split the digest', () => {
  const text = corpusBytes('2024-10-21.md').toString('utf8');
  assert.equal((text.match(/^## Daily Papers/gm) ?? []).length, 2);
  const d = digest('2024-10-21');
  assert.equal(d.papers.length, (text.match(/^### /gm) ?? []).length);
  assert.ok(d.papers.every((p) => p.digest_date === '2024-10-21'));
});

test('2024-01-18: a name repeated inside one list counts once (Arthur Douillard ×3)', () => {
  const p = digest('2024-01-18').papers.find((x) => x.authors_raw?.includes('Arthur Douillard'))!;
  assert.equal((p.authors_raw!.match(/Arthur Douillard/g) ?? []).length, 3);
  assert.equal(p.authors.filter((a) => a === 'Arthur Douillard').length, 1);
  assert.ok(p.authors.includes("Marc'Aurelio Ranzato"), 'apostrophe kept inside a name');
});

test('2023-12-12: a `+` item marks a truncated list and is not an author', () => {
  const p = digest('2023-12-12').papers.find((x) => x.authors_raw?.trim().endsWith('+'))!;
  assert.equal(p.list_truncated, true);
  assert.ok(!p.authors.includes('+'));
});

test('2024-07-19: curly apostrophe in `What’s New` is still whats_new', () => {
  const d = digest('2024-07-19');
  const curly = d.papers.flatMap((p) => p.sections).filter((s) => s.heading?.includes('’'));
  assert.ok(curly.length > 0);
  for (const s of curly) assert.equal(s.kind, 'whats_new');
});

test('2025-03-12 and 2024-07-10: other section names are `other`, heading kept (고찰, Limitations)', () => {
  const k = digest('2025-03-12')
    .papers.flatMap((p) => p.sections)
    .find((s) => s.heading === '고찰');
  assert.equal(k?.kind, 'other');
  const l = digest('2024-07-10')
    .papers.flatMap((p) => p.sections)
    .find((s) => s.heading === 'Limitations');
  assert.equal(l?.kind, 'other');
});

test('2024-10-18 onwards: `***triple***` markers; files mixing both are "mixed"', () => {
  const formats = new Map(corpusFiles().map((f) => [f, parseDigest(corpusBytes(f), f, 'x').format]));
  assert.equal(formats.get('2024-08-16.md'), 'sections');
  assert.ok([...formats.values()].includes('sections3'));
  assert.ok([...formats.values()].includes('mixed'));
  const mixed = [...formats].find(([, v]) => v === 'mixed')![0];
  const text = corpusBytes(mixed).toString('utf8');
  assert.match(text, /^- \*\*\*What/m);
  assert.match(text, /^- \*\*What/m);
});

test('2024-06-12: avatar images (relative /avatars/…svg) are kept and marked, never thumbnails', () => {
  const d = digest('2024-06-12');
  const avatars = d.papers.filter((p) => p.image_url?.startsWith('/avatars/'));
  assert.ok(avatars.length > 0);
  for (const p of avatars) assert.equal(p.image_kind, 'avatar');
  const cdn = d.papers.filter((p) => p.image_url?.includes('cdn-avatars'));
  for (const p of cdn) assert.equal(p.image_kind, 'avatar');
  assert.ok(d.papers.some((p) => p.image_kind === 'thumbnail'));
});

test('2023-11-22: a video instead of a thumbnail is kept as kind video', () => {
  const d = digest('2023-11-22');
  const v = d.papers.find((p) => p.image_kind === 'video');
  assert.ok(v && v.image_url!.endsWith('.mp4'));
});

test('2023-11-20: indented sub-bullets continue the bullet above', () => {
  const d = digest('2023-11-20');
  const s = d.papers.flatMap((p) => p.sections).find((x) => x.text.includes('\n- (1)'));
  assert.ok(s, 'sub-bullets joined into their parent');
});

test('author lists: double-quoted Python items keep their apostrophes; the `+` may sit mid-list', () => {
  assert.deepEqual(parseAuthors(`["Sean O'Brien", 'Marc\\'Aurelio Ranzato', 'A B']`), {
    names: ["Sean O'Brien", "Marc'Aurelio Ranzato", 'A B'],
    truncated: false,
  });
  assert.deepEqual(parseAuthors('A, B, +, C'), { names: ['A', 'B', 'C'], truncated: true });
  assert.deepEqual(parseAuthors("['A', 'B', '+']"), { names: ['A', 'B'], truncated: true });
  assert.deepEqual(parseAuthors(" 'A' , [B], "), { names: ['A', 'B'], truncated: false });
});

test('2023-12-05: `[Watch Video]url` (no brackets) and its `<div><video>` embed are the media; vote line, authors and sections stay what they are', () => {
  const p = paper('2023-12-05', '2312.02087');
  const url = 'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/PahRPBsgHAbIPAs7E8F-u.mp4';
  assert.equal(p.image_url, url);
  assert.equal(p.image_kind, 'video');
  assert.deepEqual(p.media_lines, [45, 46]);
  assert.equal(p.authors.length, 10);
  assert.equal(p.authors_line, 48);
  assert.equal(p.sections[0].line, 50);
  assert.match(p.sections[0].text, /^현재의 확산 기반 비디오 편집/);
  assert.ok(p.sections.every((s) => !s.text.includes('Watch Video') && !s.text.includes('Authors:')));
  // every such entry of the corpus (three digests) keeps its video and authors
  for (const date of ['2023-12-05', '2023-12-06', '2023-12-07']) {
    const text = corpusBytes(`${date}.md`).toString('utf8');
    const n = (text.match(/^\[Watch Video\]https/gm) ?? []).length;
    const videos = digest(date).papers.filter((x) => x.image_kind === 'video' && x.media_lines.length === 2 && x.authors.length > 0);
    assert.ok(n > 0 && videos.length >= n, `${date}: ${videos.length} of ${n}`);
  }
});

test("2023-11-21: a bare `<video src='…'>` tag gives the video URL", () => {
  const p = paper('2023-11-21', '2311.10982');
  assert.equal(p.image_url, 'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/D-WQoAl7gR1AwRZ0RXNkW.mp4');
  assert.equal(p.image_kind, 'video');
});

test('2023-12-13: a QuickTime `.qt` upload is a video', () => {
  const p = paper('2023-12-13', '2312.07509');
  assert.match(p.image_url!, /\.qt$/);
  assert.equal(p.image_kind, 'video');
});

test('2025-03-12: `- ***Technical Details*:` (unbalanced bold) is still the Technical Details section', () => {
  const s = paper('2025-03-12', '2503.07565').sections;
  assert.deepEqual(
    s.map((x) => x.kind),
    ['whats_new', 'technical_details', 'other', 'performance_highlights'],
  );
  assert.equal(s[1].heading, 'Technical Details');
  assert.match(s[1].text, /^IMM은 시간 종속/);
});
