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
  const body = ordered(terms).map((t) => t.split(SEP).map(escape).join('[\\s-]?')).join('|');
  return mode === 'substring'
    ? new RegExp(`(?:${body})`, 'g')
    : new RegExp(`(?<![A-Za-z0-9])(?:${body})(?:s|es)?(?![A-Za-z0-9])`, mode === 'words-ci' ? 'gi' : 'g');
}

/** [start, end) of each match, left to right, not overlapping. */
export type Spans = number[];

export interface TermScanner {
  spans(text: string): Spans;
}

export function termScanner(terms: readonly string[], mode: TermMode): TermScanner | null {
  if (terms.length === 0) return null;
  const words = ordered(terms).map((t) => t.split(SEP));
  if (words.some((w) => w.some((x) => x === ''))) return regexScanner(termRegex(terms, mode));
  if (mode === 'substring') return new SubstringScanner(words);
  if (words.some((w) => w.some((x) => !/^[A-Za-z0-9]+$/.test(x)))) return regexScanner(termRegex(terms, mode));
  return new WordScanner(words, mode === 'words-ci');
}

function regexScanner(re: RegExp): TermScanner {
  return {
    spans(text) {
      const out: Spans = [];
      for (const m of text.matchAll(re)) out.push(m.index!, m.index! + m[0].length);
      return out;
    },
  };
}

const isSep = (c: number) => c === 45 /* - */ || (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && /\s/.test(String.fromCharCode(c)));
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Terms matched anywhere (Korean has no word boundaries to respect): candidates by first char,
 *  let through by a (hashed) table of the first two characters any term can start with. */
class SubstringScanner implements TermScanner {
  private byFirst = new Map<number, string[][]>();
  private isFirst = new Uint8Array(65536);
  private pairs = new Uint8Array(1 << 20);

  constructor(terms: string[][]) {
    for (const w of terms) {
      const c = w[0].charCodeAt(0);
      (this.byFirst.get(c) ?? this.byFirst.set(c, []).get(c)!).push(w);
      // 1: check the next character first; 2: try every occurrence (a one-character first word
      // may be followed by any separator)
      if (w[0].length > 1) { this.pairs[pairHash(c, w[0].charCodeAt(1))] = 1; this.isFirst[c] ||= 1; }
      else this.isFirst[c] = 2;
    }
  }

  spans(text: string): Spans {
    const out: Spans = [];
    const isFirst = this.isFirst, pairs = this.pairs;
    for (let p = 0, n = text.length; p < n; ) {
      const c = text.charCodeAt(p);
      const f = isFirst[c];
      if (f === 0 || (f === 1 && pairs[pairHash(c, text.charCodeAt(p + 1))] === 0)) { p++; continue; }
      const end = matchAt(text, p, this.byFirst.get(c)!);
      if (end < 0) { p++; continue; }
      out.push(p, end);
      p = end;
    }
    return out;
  }
}

const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & 0xfffff;

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

/** English terms as whole words: the text is cut into ASCII alphanumeric tokens; a run of tokens
 *  joined by single separators matches a term when their letters spell it and every place the
 *  tokens split is a place the term's words split. */
class WordScanner implements TermScanner {
  private byJoined = new Map<string, WordTerm[]>();
  /** joined words up to a joint: a token run spelling one of these may extend */
  private prefixes = new Set<string>();
  /** hashes of all of the above: most tokens start no term, and are let go without a string */
  private hashes = new Set<number>();
  private maxWords: number;

  constructor(terms: string[][], private ci: boolean) {
    terms.forEach((w, order) => {
      const ws = ci ? w.map((x) => x.toLowerCase()) : w;
      const joints = new Set<number>();
      let at = 0;
      for (const x of ws.slice(0, -1)) { at += x.length; joints.add(at); this.prefixes.add(ws.join('').slice(0, at)); }
      const joined = ws.join('');
      (this.byJoined.get(joined) ?? this.byJoined.set(joined, []).get(joined)!).push({ order, joints });
    });
    for (const k of [...this.byJoined.keys(), ...this.prefixes]) this.hashes.add(this.hash(k, 0, k.length));
    this.maxWords = Math.max(...terms.map((w) => w.length));
  }

  /** FNV-1a of text[start, end), letters folded to lower case when matching in any case */
  private hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let p = start; p < end; p++) {
      let c = text.charCodeAt(p);
      if (this.ci && c >= 65 && c <= 90) c |= 32;
      h = Math.imul(h ^ c, 16777619);
    }
    return h;
  }

  /** Whether a term, or a term's first words, can spell the token (with a plural or not). */
  private mayStart(text: string, start: number, end: number): boolean {
    const hs = this.hashes;
    return hs.has(this.hash(text, start, end)) || (end - start > 1 && hs.has(this.hash(text, start, end - 1))) || (end - start > 2 && hs.has(this.hash(text, start, end - 2)));
  }

  /** best (lowest order) term spelled by `s` (plus an optional plural) with token splits at `splits` */
  private best(s: string, splits: number[], than: number): number {
    let best = this.bestOf(s, splits, than);
    if (s.endsWith('s')) best = this.bestOf(s.slice(0, -1), splits, best);
    if (s.endsWith('es')) best = this.bestOf(s.slice(0, -2), splits, best);
    return best;
  }

  // (methods, not closures: tsx names every closure it creates, which costs more than the work)
  private bestOf(key: string, splits: number[], than: number): number {
    const terms = this.byJoined.get(key);
    if (terms) for (const t of terms) if (t.order < than && splits.every((x) => t.joints.has(x))) than = t.order;
    return than;
  }

  private token(text: string, start: number, end: number): string {
    return this.ci ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  }

  spans(text: string): Spans {
    const starts: number[] = [], ends: number[] = [];
    for (let p = 0, n = text.length; p < n; p++) {
      if (!isAlnum(text.charCodeAt(p))) continue;
      const s = p;
      while (p + 1 < n && isAlnum(text.charCodeAt(p + 1))) p++;
      starts.push(s);
      ends.push(p + 1);
    }
    const out: Spans = [];
    for (let i = 0; i < starts.length; ) {
      if (!this.mayStart(text, starts[i], ends[i])) { i++; continue; }
      let best = Infinity, bestEnd = -1;
      let s = this.token(text, starts[i], ends[i]);
      const splits: number[] = [];
      for (let j = i; ; j++) {
        const b = this.best(s, splits, best);
        if (b < best) { best = b; bestEnd = j; }
        if (j - i + 1 >= this.maxWords || j + 1 >= starts.length || starts[j + 1] !== ends[j] + 1 || !isSep(text.charCodeAt(ends[j])) || !this.prefixes.has(s)) break;
        splits.push(s.length);
        s += this.token(text, starts[j + 1], ends[j + 1]);
      }
      if (bestEnd < 0) { i++; continue; }
      out.push(starts[i], ends[bestEnd]);
      i = bestEnd + 1;
    }
    return out;
  }
}
