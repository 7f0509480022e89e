// Finding many reference terms in long prose, fast. The rule is that of one big regex
// alternation — terms longest first, words joined by an optional space or hyphen, English terms
// as whole words with an optional plural s/es — but V8 runs such an alternation at ~20 MB/s.
// These scanners give the same matches (tests compare them on the corpus) an order of magnitude
// faster: English by ASCII word tokens and hash look-ups, other terms by their first character.

export type TermMode = 'substring' | 'words' | 'words-ci';

const SEP = /[\s-]+/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Terms in match order: longest first, first seen first among equals. */
const ordered = (terms: readonly string[]) => [...new Set(terms)].sort((a, b) => b.length - a.length);

/** The rule as a regex: the reference the scanners are tested against, and the fallback for
 *  terms they do not handle. */
export function termRegex(terms: readonly string[], mode: TermMode): RegExp {
  const body = ordered(terms)
    .map((t) => t.split(SEP).map(escape).join('[\\s-]?'))
    .join('|');
  return mode === 'substring'
    ? new RegExp(`(?:${body})`, 'g')
    : new RegExp(`(?<![A-Za-z0-9])(?:${body})(?:s|es)?(?![A-Za-z0-9])`, mode === 'words-ci' ? 'gi' : 'g');
}

/** [start, end) of each match, left to right, not overlapping. */
export type Spans = number[];

export interface TermScanner {
  spans(text: string): Spans;
}

/** A scanner's view of a text: what one shared pass over its characters found. */
interface Scanner {
  spans(text: string, ix: TextIndex): Spans;
}

const FNV_SEED = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 16777619);
const PAIR_BITS = 17;
const pairHash = (a: number, b: number) => ((Math.imul(a, 0x9e3779b1) >>> 0) ^ b) & ((1 << PAIR_BITS) - 1);
/** bit sets as Uint32Arrays: a table a tenth the size stays in cache between papers, and a lookup
 *  that misses the cache cost more than all the rest of scanning a summary */
const hasBit = (bits: Uint32Array, i: number) => (bits[i >>> 5] & (1 << (i & 31))) !== 0;
const setBit = (bits: Uint32Array, i: number) => {
  bits[i >>> 5] |= 1 << (i & 31);
};

/** Where substring terms may start: a character some term starts with (2: any occurrence; 1:
 *  only followed by a character some such term has second, looked up in `pairs` by hash). */
interface FirstChars {
  isFirst: Uint8Array;
  pairs: Uint32Array;
}

const firstChars = (): FirstChars => ({ isFirst: new Uint8Array(65536), pairs: new Uint32Array((1 << PAIR_BITS) >>> 5) });
const NO_FIRSTS = firstChars();

/**
 * One pass over a text for all its scanners (each of them used to walk every character): its
 * ASCII alphanumeric tokens as [start, end) bounds, with FNV-1a hashes of each token's letters
 * as written (`h`) and folded to lower case (`f`), each also less its last letter and last two
 * (a plural s or es); and the places a substring term may start. One instance is reused.
 */
class TextIndex {
  count = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  h = new Int32Array(256);
  h1 = new Int32Array(256);
  h2 = new Int32Array(256);
  f = new Int32Array(256);
  f1 = new Int32Array(256);
  f2 = new Int32Array(256);
  firsts = new Int32Array(256);
  nFirsts = 0;

  of(text: string, fc: FirstChars): this {
    const { isFirst, pairs } = fc;
    let count = 0,
      nf = 0,
      s = -1;
    let h = 0,
      h1 = 0,
      h2 = 0,
      f = 0,
      f1 = 0,
      f2 = 0;
    const n = text.length;
    for (let p = 0; p <= n; p++) {
      const c = p < n ? text.charCodeAt(p) : 0;
      const first = isFirst[c];
      if (first !== 0 && p < n && (first === 2 || hasBit(pairs, pairHash(c, text.charCodeAt(p + 1))))) {
        if (nf === this.firsts.length) this.firsts = grow(this.firsts);
        this.firsts[nf++] = p;
      }
      if (isAlnum(c)) {
        if (s < 0) {
          s = p;
          h = f = FNV_SEED;
          h1 = h2 = f1 = f2 = 0;
        }
        h2 = h1;
        h1 = h;
        h = fnv(h, c);
        f2 = f1;
        f1 = f;
        f = fnv(f, c >= 65 && c <= 90 ? c | 32 : c);
      } else if (s >= 0) {
        if (count === this.starts.length) this.grow();
        this.starts[count] = s;
        this.ends[count] = p;
        this.h[count] = h;
        this.h1[count] = h1;
        this.h2[count] = h2;
        this.f[count] = f;
        this.f1[count] = f1;
        this.f2[count++] = f2;
        s = -1;
      }
    }
    this.count = count;
    this.nFirsts = nf;
    return this;
  }

  private grow(): void {
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.h = grow(this.h);
    this.h1 = grow(this.h1);
    this.h2 = grow(this.h2);
    this.f = grow(this.f);
    this.f1 = grow(this.f1);
    this.f2 = grow(this.f2);
  }
}

/** Scanners of several term lists, sharing one pass over each text. */
export class TermScanners {
  private scanners: (Scanner | null)[];
  /** where any substring scanner's terms may start (each checks its own on those places) */
  private firsts: FirstChars;
  private index = new TextIndex();

  constructor(groups: readonly { terms: readonly string[]; mode: TermMode }[]) {
    this.scanners = groups.map((g) => scannerOf(g.terms, g.mode));
    const subs = this.scanners.filter((s) => s instanceof SubstringScanner);
    if (subs.length <= 1) this.firsts = subs[0]?.firsts ?? NO_FIRSTS;
    else {
      this.firsts = firstChars();
      for (const { firsts } of subs) {
        firsts.isFirst.forEach((x, c) => {
          this.firsts.isFirst[c] = Math.max(this.firsts.isFirst[c], x);
        });
        firsts.pairs.forEach((x, i) => {
          this.firsts.pairs[i] |= x;
        });
      }
    }
  }

  /** Each group's matches in `text`, in the order the groups were given. */
  spans(text: string): Spans[] {
    const ix = this.index.of(text, this.firsts);
    return this.scanners.map((s) => (s ? s.spans(text, ix) : []));
  }
}

/** One term list's scanner (null: no terms). */
export function termScanner(terms: readonly string[], mode: TermMode): TermScanner | null {
  if (terms.length === 0) return null;
  const s = new TermScanners([{ terms, mode }]);
  return { spans: (text) => s.spans(text)[0] };
}

function scannerOf(terms: readonly string[], mode: TermMode): Scanner | null {
  if (terms.length === 0) return null;
  const words = ordered(terms).map((t) => t.split(SEP));
  if (words.some((w) => w.some((x) => x === ''))) return regexScanner(termRegex(terms, mode));
  if (mode === 'substring') return new SubstringScanner(words);
  if (words.some((w) => w.some((x) => !/^[A-Za-z0-9]+$/.test(x)))) return regexScanner(termRegex(terms, mode));
  return new WordScanner(words, mode === 'words-ci');
}

function regexScanner(re: RegExp): Scanner {
  return {
    spans(text) {
      const out: Spans = [];
      for (const m of text.matchAll(re)) out.push(m.index!, m.index! + m[0].length);
      return out;
    },
  };
}

const isSep = (c: number) => c === 45 /* - */ || isSpace(c);

/** JavaScript's `\s`, for a UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff; // (Hangul, the most of the text, is past every other space)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Terms matched anywhere (Korean has no word boundaries to respect): candidates by first char,
 *  let through by a (hashed) table of the first two characters any term can start with. */
class SubstringScanner implements Scanner {
  private byFirst = new Map<number, string[][]>();
  readonly firsts = firstChars();

  constructor(terms: string[][]) {
    const { isFirst, pairs } = this.firsts;
    for (const w of terms) {
      const c = w[0].charCodeAt(0);
      (this.byFirst.get(c) ?? this.byFirst.set(c, []).get(c)!).push(w);
      // a one-character first word may be followed by any separator: try every occurrence
      if (w[0].length > 1) {
        setBit(pairs, pairHash(c, w[0].charCodeAt(1)));
        isFirst[c] ||= 1;
      } else isFirst[c] = 2;
    }
  }

  spans(text: string, ix: TextIndex): Spans {
    const out: Spans = [];
    const { isFirst, pairs } = this.firsts;
    // the index holds the places any substring scanner's terms may start: check they are ours
    for (let k = 0, at = 0; k < ix.nFirsts; k++) {
      const p = ix.firsts[k];
      if (p < at) continue;
      const c = text.charCodeAt(p);
      const f = isFirst[c];
      if (f === 0 || (f === 1 && !hasBit(pairs, pairHash(c, text.charCodeAt(p + 1))))) continue;
      const end = matchAt(text, p, this.byFirst.get(c)!);
      if (end < 0) continue;
      out.push(p, end);
      at = end;
    }
    return out;
  }
}

/** End of the first candidate (in order) matching at p, or -1. Words are joined by at most one
 *  separator; as no word starts with one, taking it whenever the next word follows is exact. */
function matchAt(text: string, p: number, cands: string[][]): number {
  next: for (const words of cands) {
    if (!text.startsWith(words[0], p)) continue;
    let q = p + words[0].length;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (isSep(text.charCodeAt(q)) && text.startsWith(w, q + 1)) q += 1 + w.length;
      else if (text.startsWith(w, q)) q += w.length;
      else continue next;
    }
    return q;
  }
  return -1;
}

interface WordTerm {
  order: number;
  /** offsets inside the joined words where a separator may stand */
  joints: Set<number>;
}

interface Joined {
  joined: string;
  terms: WordTerm[];
}

const BLOOM_MASK = (1 << 16) - 1;

/** English terms as whole words: the text is cut into ASCII alphanumeric tokens; a run of tokens
 *  joined by single separators matches a term when their letters spell it and every place the
 *  tokens split is a place the term's words split. Token runs are compared by FNV-1a hash
 *  (letters folded when matching in any case), hashed as they are read; a hash that names a
 *  term is confirmed letter by letter, so collisions cannot match. */
class WordScanner implements Scanner {
  /** hash of the joined (folded) words → the joined words with that hash, and their terms */
  private byHash = new Map<number, Joined[]>();
  /** hashes of joined words up to a joint: a token run spelling one of these may extend */
  private prefixes = new Set<number>();
  /** hashes of all of the above, a bit per low 16 bits: most tokens end here */
  private bloom = new Uint32Array((BLOOM_MASK + 1) >>> 5);
  private maxWords: number;

  constructor(
    terms: string[][],
    private ci: boolean,
  ) {
    const byJoined = new Map<string, WordTerm[]>();
    const prefixes = new Set<string>();
    terms.forEach((w, order) => {
      const ws = ci ? w.map((x) => x.toLowerCase()) : w;
      const joints = new Set<number>();
      let at = 0;
      for (const x of ws.slice(0, -1)) {
        at += x.length;
        joints.add(at);
        prefixes.add(ws.join('').slice(0, at));
      }
      const joined = ws.join('');
      (byJoined.get(joined) ?? byJoined.set(joined, []).get(joined)!).push({ order, joints });
    });
    const hashOf = (k: string) => {
      let h = FNV_SEED;
      for (let p = 0; p < k.length; p++) h = fnv(h, k.charCodeAt(p));
      return h;
    };
    for (const [joined, ts] of byJoined) {
      const h = hashOf(joined);
      (this.byHash.get(h) ?? this.byHash.set(h, []).get(h)!).push({ joined, terms: ts });
      setBit(this.bloom, h & BLOOM_MASK);
    }
    for (const k of prefixes) {
      const h = hashOf(k);
      this.prefixes.add(h);
      setBit(this.bloom, h & BLOOM_MASK);
    }
    this.maxWords = Math.max(...terms.map((w) => w.length));
  }

  private code(text: string, p: number): number {
    const c = text.charCodeAt(p);
    return this.ci && c >= 65 && c <= 90 ? c | 32 : c;
  }

  /** A hash that may be a term or a term's first words. */
  private mayBe(h: number): boolean {
    return hasBit(this.bloom, h & BLOOM_MASK) && (this.byHash.has(h) || this.prefixes.has(h));
  }

  /** Whether the first `len` letters of the token run from token i spell `joined`. */
  private spells(text: string, tok: TextIndex, i: number, len: number, joined: string): boolean {
    if (joined.length !== len) return false;
    for (let k = 0, t = i, p = tok.starts[i]; k < len; k++, p++) {
      if (p === tok.ends[t]) p = tok.starts[++t];
      if (this.code(text, p) !== joined.charCodeAt(k)) return false;
    }
    return true;
  }

  /** best (lowest order) term spelled by the first `len` letters of the run from token i, with
   *  token splits at `splits` */
  private bestOf(h: number, text: string, tok: TextIndex, i: number, len: number, splits: number[], than: number): number {
    const cands = this.byHash.get(h);
    if (cands) {
      for (const c of cands) {
        if (!this.spells(text, tok, i, len, c.joined)) continue;
        for (const t of c.terms) if (t.order < than && splits.every((x) => t.joints.has(x))) than = t.order;
      }
    }
    return than;
  }

  spans(text: string, tok: TextIndex): Spans {
    const { starts, ends, count } = tok;
    const [hs, hs1, hs2] = this.ci ? [tok.f, tok.f1, tok.f2] : [tok.h, tok.h1, tok.h2];
    const out: Spans = [];
    for (let i = 0; i < count; ) {
      // hash of the run's letters, and of it less its last one and two (a plural s or es)
      let h = hs[i],
        h1 = hs1[i],
        h2 = hs2[i],
        len = ends[i] - starts[i];
      if (!(this.mayBe(h) || (len > 1 && this.mayBe(h1)) || (len > 2 && this.mayBe(h2)))) {
        i++;
        continue;
      }
      let best = Infinity,
        bestEnd = -1;
      const splits: number[] = [];
      for (let j = i; ; j++) {
        let b = this.bestOf(h, text, tok, i, len, splits, best);
        if (this.code(text, ends[j] - 1) === 115 /* s */) {
          b = this.bestOf(h1, text, tok, i, len - 1, splits, b);
          // the letter before it may end the token before (`…e-s`)
          if (len > 1 && this.code(text, ends[j] - starts[j] > 1 ? ends[j] - 2 : ends[j - 1] - 1) === 101 /* e */)
            b = this.bestOf(h2, text, tok, i, len - 2, splits, b);
        }
        if (b < best) {
          best = b;
          bestEnd = j;
        }
        if (
          j - i + 1 >= this.maxWords ||
          j + 1 >= count ||
          starts[j + 1] !== ends[j] + 1 ||
          !isSep(text.charCodeAt(ends[j])) ||
          !this.prefixes.has(h)
        )
          break;
        splits.push(len);
        for (let p = starts[j + 1]; p < ends[j + 1]; p++) {
          h2 = h1;
          h1 = h;
          h = fnv(h, this.code(text, p));
          len++;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      out.push(starts[i], ends[bestEnd]);
      i = bestEnd + 1;
    }
    return out;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
