// Property-based: real digests mutated thousands of times never crash the parser, never lose
// an entry, and leave the entries a mutation did not touch exactly as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDigest } from '../../src/extract/parse.js';
import type { RawDigest, RawPaper } from '../../src/staging/records.js';
import { corpusBytes, corpusFiles, countHeadings } from '../helpers.js';

// one digest of each era, and a few more
const SAMPLE = [
  '2023-11-20.md',
  '2023-11-22.md',
  '2024-01-18.md',
  '2024-07-19.md',
  '2024-08-16.md',
  '2024-10-21.md',
  '2025-02-19.md',
  '2025-05-09.md',
];
const files = SAMPLE.filter((f) => corpusFiles().includes(f));
const originals = new Map(files.map((f) => [f, corpusBytes(f)]));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; line: number; count: number }
  | { kind: 'duplicate'; line: number }
  | { kind: 'swapMarkers'; line: number }
  | { kind: 'junk'; at: number; bytes: number[] }
  | { kind: 'crlf' }
  | { kind: 'bom' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapMarkers' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('junk' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }),
  }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom' as const }),
);

function apply(buf: Buffer, m: Mutation): Buffer {
  const lines = () => buf.toString('latin1').split('\n'); // latin1: byte-exact round trip
  const join = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');
  switch (m.kind) {
    case 'truncate':
      return buf.subarray(0, Math.floor(buf.length * m.at));
    case 'delete': {
      const ls = lines();
      ls.splice(m.line % ls.length, m.count);
      return join(ls);
    }
    case 'duplicate': {
      const ls = lines();
      const i = m.line % ls.length;
      ls.splice(i, 0, ls[i]);
      return join(ls);
    }
    case 'swapMarkers': {
      const ls = lines();
      const i = m.line % ls.length;
      ls[i] = ls[i].includes('***') ? ls[i].replace(/\*\*\*/g, '**') : ls[i].replace(/\*\*/g, '***');
      return join(ls);
    }
    case 'junk': {
      const at = Math.floor(buf.length * m.at);
      return Buffer.concat([buf.subarray(0, at), Buffer.from(m.bytes), buf.subarray(at)]);
    }
    case 'crlf':
      return Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
  }
}

/** Entry blocks by their text: `### ` line up to the next entry or digest header. */
function blocks(buf: Buffer): Map<string, number> {
  const ls = buf
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const out = new Map<string, number>();
  let cur: string[] | null = null;
  const flush = () => {
    if (cur) {
      const k = cur.join('\n').trimEnd();
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  };
  for (const l of ls) {
    if (l.startsWith('### ') || l === '###') {
      flush();
      cur = [l];
    } else if (/^##\s/.test(l)) {
      flush();
      cur = null;
    } else if (cur) cur.push(l);
  }
  flush();
  return out;
}

// an entry's lines as offsets from its heading: the same entry moved down the file is the same
const content = (p: RawPaper) => ({
  ...p,
  rank: 0,
  line: 0,
  vote_line: p.vote_line && p.vote_line - p.line,
  authors_line: p.authors_line && p.authors_line - p.line,
  media_lines: p.media_lines.map((n) => n - p.line),
  sections: p.sections.map((s) => ({ ...s, line: s.line - p.line, end: s.end - p.line })),
});
const entryCount = (d: RawDigest) => d.papers.length + d.issues.filter((i) => i.scope === 'entry').length;

test('mutated real digests: no exception, papers + quarantined = headings, untouched entries identical', () => {
  const parsedOriginal = new Map(files.map((f) => [f, parseDigest(originals.get(f)!, f, 'x')]));
  fc.assert(
    fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, ms) => {
      const original = originals.get(file)!;
      const mutated = ms.reduce(apply, original);
      const d = parseDigest(mutated, file, 'x'); // must not throw
      const headings = countHeadings(new TextDecoder().decode(mutated));
      assert.equal(entryCount(d), headings, 'every heading is a paper or a quarantined entry');
      // an entry whose block text survived unchanged, and is not duplicated, loads identically
      const before = blocks(original);
      const after = blocks(mutated);
      const byHeading = new Map(parsedOriginal.get(file)!.papers.map((p) => [p.line, p]));
      const origLines = original.toString('utf8').split('\n');
      for (const [block, n] of after) {
        if (n !== 1 || before.get(block) !== 1) continue;
        const headLine = block.split('\n')[0];
        const orig = [...byHeading.values()].find((p) => origLines[p.line - 1] === headLine);
        if (!orig) continue;
        const now = d.papers.filter((p) => p.arxiv_id === orig.arxiv_id);
        if (now.length !== 1) continue; // a mutated duplicate of it loaded first
        assert.deepEqual(content(now[0]), content(orig), `${file}: ${headLine.slice(0, 60)}`);
      }
    }),
    { numRuns: 3000, seed: 20261124 },
  );
});

test('the count identity holds over the whole corpus after a CRLF + BOM rewrite', () => {
  for (const f of corpusFiles()) {
    const buf = apply(apply(corpusBytes(f), { kind: 'crlf' }), { kind: 'bom' });
    const d = parseDigest(buf, f, 'x');
    assert.equal(d.papers.length, countHeadings(corpusBytes(f).toString('utf8')), f);
  }
});
