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
import type { RawSection } from '../extract/types.js';

export type Zone = 't' | 'l' | 'b';
/** zones the model reads words of */
export const TEXT_ZONES = ['t', 'l'] as const;
export const ZONE_NAMES: Record<Zone, string> = { t: 'title', l: 'lead', b: 'body' };

/** The lead: "What's New", else the first plain bullet (older digests); the rest after it. */
export function zonesOf(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): Record<Zone, string> {
  const lead = sections.find((s) => s.kind === 'whats_new') ?? sections.find((s) => s.kind === 'summary');
  return { t: title, l: lead?.text ?? '', b: sections.filter((s) => s !== lead).map((s) => s.text).join('\n') };
}

// Korean particles and endings stripped from a word's end (longest first), so 벤치마크를 is 벤치마크
const PARTICLES = ['에서는', '으로서', '으로는', '에서도', '합니다', '입니다', '에서', '에게', '으로', '로서', '로는', '보다', '까지', '부터', '처럼', '만큼', '이며', '이고', '하는', '하여', '하고', '했다', '한다', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '한', '된', '적'];
const WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*|[가-힣]+/g;
/** English words too common to say anything (Korean ones weigh little by themselves). */
const STOP = new Set('a an the of for and or to in on with by from via at as is are be we our its this that these using based towards toward into over under through than can not no new'.split(' '));

const stem = (w: string) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function stripParticle(w: string): string {
  for (const p of PARTICLES) if (w.length > p.length + 1 && w.endsWith(p)) return w.slice(0, -p.length);
  return w;
}

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
      f.add(`${z}:${toks[i]}`); nText++;
      if (i + 1 < toks.length) { f.add(`${z}:${toks[i]} ${toks[i + 1]}`); nText++; }
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
 *  seeds recur in every paper, and building their names was most of hashing one. */
const SEED_HASHES = new Map<string, Map<string, number>>();
function seedHash(z: Zone, topic: string, term: string): number {
  const key = z + topic;
  let byTerm = SEED_HASHES.get(key);
  if (!byTerm) SEED_HASHES.set(key, (byTerm = new Map()));
  let h = byTerm.get(term);
  if (h === undefined) byTerm.set(term, (h = featureHash(term ? `s:${z}:${topic}:${term.toLowerCase()}` : `s:${z}:${topic}`)));
  return h;
}
const COLON = 58, SPACE = 32;

/** A reusable buffer of hashes. */
export class Hashes {
  n = 0;
  h = new Int32Array(1024);
  add(x: number): void {
    if (this.n === this.h.length) { const g = new Int32Array(this.n * 2); g.set(this.h); this.h = g; }
    this.h[this.n++] = x;
  }
}

/** The hashes of `topicFeatures(zones, seeds)` into `out`, as often as they occur (the model
 *  counts each once); returns how many are words and n-grams (the rest are seeds). */
export function featureHashes(zones: Record<Zone, string>, seeds: Seeds, out: Hashes): number {
  out.n = 0;
  for (const z of TEXT_ZONES) {
    const text = zones[z];
    const zh = mix(FNV, z.charCodeAt(0));
    const word = mix(zh, COLON);
    const toks = tokens(text);
    for (let i = 0; i < toks.length; i++) {
      const h = mixStr(word, toks[i]);
      out.add(h | 0);
      if (i + 1 < toks.length) out.add(mixStr(mix(h, SPACE), toks[i + 1]) | 0);
    }
  }
  const nText = out.n;
  for (const [topic, z] of seeds.zone) out.add(seedHash(z, topic, ''));
  for (const [topic, term, z] of seeds.found) out.add(seedHash(z, topic, term));
  return nText;
}
