// What the topic model reads of a paper: the words and word pairs of its title and lead (What's
// New, or the first plain bullet), each marked with its zone, Korean words less their particles
// (벤치마크를 is 벤치마크), and which seed terms of topics.csv matched where (title, lead or rest).
//
// A title and lead say what a paper is about; the rest says what it uses. Measured on the tune
// labels (out-of-fold): reading the rest too did no better, and Korean character bigrams did
// worse (P 0.840 R 0.753 with them, 0.842 / 0.764 without) at twice the hashing cost.
//
// Two spellings of the same features: `topicFeatures` as strings (training, evidence) and
// `featureHashes` as their FNV-1a hashes computed without building the strings (tagging every
// paper: a tenth of the time). A test checks they agree on every corpus paper.
import type { RawSection } from '../staging/records.js';

export type Zone = 't' | 'l' | 'b';
/** zones the model reads words of */
export const TEXT_ZONES = ['t', 'l'] as const;
export const ZONE_NAMES: Record<Zone, string> = { t: 'title', l: 'lead', b: 'body' };

/** The lead: "What's New", else the first plain bullet (older digests). */
export const leadOf = <S extends Pick<RawSection, 'kind'>>(sections: readonly S[]): S | undefined =>
  sections.find((s) => s.kind === 'whats_new') ?? sections.find((s) => s.kind === 'summary');

/** The title, the lead and the rest after it. */
export function zonesOf(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): Record<Zone, string> {
  const lead = leadOf(sections);
  return {
    t: title,
    l: lead?.text ?? '',
    b: sections
      .filter((s) => s !== lead)
      .map((s) => s.text)
      .join('\n'),
  };
}

// Korean particles and endings stripped from a word's end (longest first), so 벤치마크를 is 벤치마크
const PARTICLES = [
  '에서는',
  '으로서',
  '으로는',
  '에서도',
  '합니다',
  '입니다',
  '에서',
  '에게',
  '으로',
  '로서',
  '로는',
  '보다',
  '까지',
  '부터',
  '처럼',
  '만큼',
  '이며',
  '이고',
  '하는',
  '하여',
  '하고',
  '했다',
  '한다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '한',
  '된',
  '적',
];
const WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*|[가-힣]+/g;
/** English words too common to say anything (Korean ones weigh little by themselves). */
const STOP = new Set(
  'a an the of for and or to in on with by from via at as is are be we our its this that these using based towards toward into over under through than can not no new'.split(
    ' ',
  ),
);

const stem = (w: string) =>
  w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

/** The particles by their last character, longest first: a word ending in none of them (most)
 *  is rejected by one look-up instead of 40 `endsWith`. */
const PARTICLES_BY_LAST = new Map<number, string[]>();
for (const p of PARTICLES) {
  const c = p.charCodeAt(p.length - 1);
  (PARTICLES_BY_LAST.get(c) ?? PARTICLES_BY_LAST.set(c, []).get(c)!).push(p);
}

/** How many characters of a particle end the Korean word text[s, e) (0: none). */
function particleLength(text: string, s: number, e: number): number {
  const ps = PARTICLES_BY_LAST.get(text.charCodeAt(e - 1));
  if (ps) for (const p of ps) if (e - s > p.length + 1 && text.startsWith(p, e - p.length)) return p.length;
  return 0;
}

const stripParticle = (w: string) => w.slice(0, w.length - particleLength(w, 0, w.length));

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;

/** Tokens of one zone: English words lower-cased and singular, Korean words less particles. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = WORD.exec(text)) !== null; ) {
    const w = m[0];
    if (isHangul(w.charCodeAt(0))) out.push(stripParticle(w));
    else {
      const l = w.toLowerCase();
      if (!STOP.has(l)) out.push(stem(l));
    }
  }
  return out;
}

/** Seed terms found: per top-level topic its best zone, and each (topic, term, zone) found. */
export interface Seeds {
  zone: ReadonlyMap<string, Zone>;
  found: readonly (readonly [topic: string, term: string, zone: Zone])[];
}

/** Feature names of one paper, and how many words and pairs it has (each occurrence: the
 *  model weighs each feature 1/√nText): `t:word`, `t:word word`,
 *  `s:<zone>:<topic>` for the best zone a topic's seed terms were found in, and
 *  `s:<zone>:<topic>:<term>` for each term (how much `efficient` in a title says is learnt). */
export function topicFeatures(zones: Record<Zone, string>, seeds: Seeds): { names: Set<string>; nText: number } {
  const f = new Set<string>();
  let nText = 0;
  for (const z of TEXT_ZONES) {
    const text = zones[z];
    const toks = tokens(text);
    for (let i = 0; i < toks.length; i++) {
      f.add(`${z}:${toks[i]}`);
      nText++;
      if (i + 1 < toks.length) {
        f.add(`${z}:${toks[i]} ${toks[i + 1]}`);
        nText++;
      }
    }
  }
  for (const [topic, z] of seeds.zone) f.add(`s:${z}:${topic}`);
  for (const [topic, term, z] of seeds.found) f.add(`s:${z}:${topic}:${term.toLowerCase()}`);
  return { names: f, nText };
}

const FNV = 0x811c9dc5;
const mix = (h: number, c: number) => Math.imul(h ^ c, 16777619);
function mixStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}
/** The hash of a feature name. */
export const featureHash = (name: string) => mixStr(FNV, name) | 0;

/** `featureHash('s:<zone>:<topic>[:<term>]')`, each worked out once: the same few hundred
 *  seeds recur in every paper, and building their names was most of hashing one. By zone, then
 *  topic, then term: keys the seeds already hold (a joined key was a new string to hash each time). */
const SEED_HASHES: Record<Zone, Map<string, Map<string, number>>> = { t: new Map(), l: new Map(), b: new Map() };
function seedHash(z: Zone, topic: string, term: string): number {
  const byTopic = SEED_HASHES[z];
  let byTerm = byTopic.get(topic);
  if (!byTerm) byTopic.set(topic, (byTerm = new Map()));
  let h = byTerm.get(term);
  if (h === undefined) byTerm.set(term, (h = featureHash(term ? `s:${z}:${topic}:${term.toLowerCase()}` : `s:${z}:${topic}`)));
  return h;
}
const COLON = 58,
  SPACE = 32;

/** A reusable buffer of hashes. */
export class Hashes {
  n = 0;
  h = new Int32Array(1024);
  add(x: number): void {
    if (this.n === this.h.length) {
      const g = new Int32Array(this.n * 2);
      g.set(this.h);
      this.h = g;
    }
    this.h[this.n++] = x;
  }
}

// `tokens` without the strings: the same words found by hand (WORD as a loop over char codes),
// lower-cased, stemmed and stripped of particles as they are hashed. Building a string per word
// (match, lower case, stem) was most of hashing a paper.
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => (c >= 48 && c <= 57) || isLetter(c);
const lower = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
const HYPHEN = 45,
  APOSTROPHE = 39,
  Y = 121;

/** End of the English word from s: `[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*`. */
function englishEnd(text: string, s: number): number {
  const n = text.length;
  let e = s + 1;
  for (;;) {
    while (e < n && isAlnum(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    if ((c === HYPHEN || c === APOSTROPHE) && e + 1 < n && isAlnum(text.charCodeAt(e + 1))) e++;
    else return e;
  }
}

/** A word of at most 7 ASCII characters as a number (7 bits each: exact), lower-cased; -1 if longer. */
function shortKey(text: string, s: number, e: number): number {
  if (e - s > 7) return -1;
  let k = 0;
  for (let p = s; p < e; p++) k = k * 128 + lower(text.charCodeAt(p));
  return k;
}
const keyOf = (w: string) => shortKey(w, 0, w.length);
const STOP_KEYS = new Set([...STOP].map(keyOf));

/** `stem` of the lower-cased word text[s, e): where its kept letters end, and a letter after
 *  them (`y` for -ies) or 0. */
let stemTail = 0;
function stemEnd(text: string, s: number, e: number): number {
  const len = e - s;
  stemTail = 0;
  if (lower(text.charCodeAt(e - 1)) !== 115 /* s */ || len <= 3) return e;
  if (len > 4 && lower(text.charCodeAt(e - 2)) === 101 /* e */ && lower(text.charCodeAt(e - 3)) === 105 /* i */) {
    stemTail = Y;
    return e - 3;
  }
  return lower(text.charCodeAt(e - 2)) === 115 ? e : e - 1;
}

/** `mixStr(h, token)` for the token text[s, e) (lower-cased) followed by `tail` (0: none). */
function mixToken(h: number, text: string, s: number, e: number, tail: number): number {
  for (let p = s; p < e; p++) h = mix(h, lower(text.charCodeAt(p)));
  return tail ? mix(h, tail) : h;
}

/** The hashes of one zone's words and word pairs into `out`, in `topicFeatures`' order:
 *  each word, then the pair it ends (u0, u0 u1, u1, u1 u2, …); and, with `also`, the same
 *  words under the prefix `alsoWord` into `also` (the title and lead, which both the model and
 *  the neighbours read: their words are found once). */
function hashZone(text: string, word: number, out: Hashes, alsoWord = 0, also: Hashes | null = null): void {
  const n = text.length;
  let prev = 0,
    alsoPrev = 0,
    any = false;
  for (let s = 0; s < n; ) {
    const c = text.charCodeAt(s);
    let e: number,
      end: number,
      tail = 0;
    if (isLetter(c)) {
      e = englishEnd(text, s);
      if (STOP_KEYS.has(shortKey(text, s, e))) {
        s = e;
        continue;
      }
      end = stemEnd(text, s, e);
      tail = stemTail;
    } else if (isHangul(c)) {
      e = s + 1;
      while (e < n && isHangul(text.charCodeAt(e))) e++;
      end = e - particleLength(text, s, e);
    } else {
      s++;
      continue;
    }
    // the word's hash and its pair's (the previous word's, a space, this one) in one walk
    let h = word,
      pair = mix(prev, SPACE);
    for (let p = s; p < end; p++) {
      const l = lower(text.charCodeAt(p));
      h = mix(h, l);
      pair = mix(pair, l);
    }
    if (tail) {
      h = mix(h, tail);
      pair = mix(pair, tail);
    }
    if (any) out.add(pair | 0);
    out.add(h | 0);
    prev = h;
    if (also) {
      if (any) also.add(mixToken(mix(alsoPrev, SPACE), text, s, end, tail) | 0);
      alsoPrev = mixToken(alsoWord, text, s, end, tail);
      also.add(alsoPrev | 0);
    }
    any = true;
    s = e;
  }
}

const zonePrefix = (z: Zone) => mix(mix(FNV, z.charCodeAt(0)), COLON);

/** The hashes of `topicFeatures(zones, seeds)` into `out`, as often as they occur (the model
 *  counts each once); returns how many are words and n-grams (the rest are seeds). */
export function featureHashes(zones: Record<Zone, string>, seeds: Seeds, out: Hashes): number {
  out.n = 0;
  for (const z of TEXT_ZONES) hashZone(zones[z], zonePrefix(z), out);
  const nText = out.n;
  addSeeds(seeds, out);
  return nText;
}

function addSeeds(seeds: Seeds, out: Hashes): void {
  for (const [topic, z] of seeds.zone) out.add(seedHash(z, topic, ''));
  for (const [topic, term, z] of seeds.found) out.add(seedHash(z, topic, term));
}

/** The zone prefix of the whole-summary words the neighbour index reads (`w:word`, `w:word word`). */
const SUMMARY_ZONE = mix(mix(FNV, 'w'.charCodeAt(0)), COLON);
const TITLE_ZONE = zonePrefix('t'),
  LEAD_ZONE = zonePrefix('l');

/** The hashes of the words and word pairs of a whole summary (title, then each section: a pair
 *  never spans two) into `out`, as often as they occur; returns how many are the title's. */
export function summaryHashes(title: string, sections: readonly Pick<RawSection, 'text'>[], out: Hashes): number {
  out.n = 0;
  hashZone(title, SUMMARY_ZONE, out);
  const nTitle = out.n;
  for (const s of sections) hashZone(s.text, SUMMARY_ZONE, out);
  return nTitle;
}

/** `featureHashes(zonesOf(title, sections), seeds, features)` and `summaryHashes(title, sections,
 *  summary)` at once, the title and lead read once for both: returns featureHashes' count of
 *  words and n-grams and summaryHashes' of the title's hashes. */
export function paperHashes(
  title: string,
  sections: readonly Pick<RawSection, 'kind' | 'text'>[],
  seeds: Seeds,
  features: Hashes,
  summary: Hashes,
): { nText: number; nTitle: number } {
  features.n = 0;
  summary.n = 0;
  hashZone(title, SUMMARY_ZONE, summary, TITLE_ZONE, features);
  const nTitle = summary.n;
  const lead = leadOf(sections);
  for (const s of sections) {
    if (s === lead) hashZone(s.text, SUMMARY_ZONE, summary, LEAD_ZONE, features);
    else hashZone(s.text, SUMMARY_ZONE, summary);
  }
  const nText = features.n;
  addSeeds(seeds, features);
  return { nText, nTitle };
}
