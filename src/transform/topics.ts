// Multi-label topic tagging from data/reference/topics.csv, with the matched terms as evidence.
//
// Where a term appears says how much it means: in the title it decides (3 points), in the
// "What's New" section (or the first plain bullet) it counts 1, elsewhere ½ — every summary
// mentions 벤치마크 somewhere, only a benchmark paper says so up front.
import type { RawSection } from '../staging/records.js';
import { memoString } from '../util/memo.js';
import { TermScanners } from './terms.js';
import { Hashes, paperHashes, ZONE_NAMES, zonesOf, type Zone } from './topicfeatures.js';
import { blendScores, type TopicModel } from './topicmodel.js';
import type { Neighbours } from './topicneighbours.js';

const ZONE_WEIGHT: Record<Zone, number> = { t: 3, l: 1, b: 0.5 };

export interface TopicRef {
  topic: string;
  parent: string | null;
  keywords: string[];
  description: string;
}

export interface TopicHit {
  topic: string;
  parent: string | null;
  evidence: string[];
  /** the model's score — its probability blended with the neighbours' vote (a child topic
   *  takes its parent's); NULL without a model */
  score: number | null;
}

export const UNASSIGNED = 'unassigned';
const THRESHOLD = 3;
/** With nothing above the threshold, the best topic still wins on this much evidence. */
const FALLBACK = 1;
const MAX_TOPICS = 4;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
const isKorean = (t: string) => /[가-힣]/.test(t);
// acronyms (RL, RAG, MoE, CoT) keep their case: `rag` and `moe` are other words
const isAcronym = (t: string) => (t.match(/[A-Z]/g) ?? []).length >= 2 || /^[A-Z0-9]+$/.test(t);

/** A term with an acronym keeps its case, but its lower-case words are capitalized in titles:
 *  `KV cache` is also `KV Cache`, `video LLM` `Video LLM`, `SWE-bench` `SWE-Bench`. */
function titleCased(term: string): string[] {
  let out = [term];
  const words = [...term.matchAll(/[A-Za-z0-9]+/g)].filter((w) => /^[a-z]/.test(w[0]));
  for (const w of words) out = out.flatMap((t) => [t, t.slice(0, w.index) + t[w.index].toUpperCase() + t.slice(w.index + 1)]);
  return out;
}

/** `t:benchmark dataset` → `title: benchmark dataset` */
/** `t:benchmark dataset` → `title: benchmark dataset`; a seed `s:t:3d:nerf` → `title: nerf (3d)`,
 *  `s:l:3d` → `lead: a 3d term` */
// (remembered: the model's few thousand feature names are the evidence of every paper)
const readable = memoString((f: string) => {
  if (!f.startsWith('s:')) return `${ZONE_NAMES[f[0] as Zone]}: ${f.slice(2)}`;
  const [, z, topic, term] = f.split(':');
  return `${ZONE_NAMES[z as Zone]}: ${term ? `${term} (${topic})` : `a ${topic} term`}`;
});

export class TopicTagger {
  /** (topic, term) pairs, by id */
  private pairs: { topic: number; term: string }[] = [];
  /** normalized term → the pairs it stands for */
  private byKey = new Map<string, number[]>();
  /** matched text → its pairs: the same few hundred spellings recur in every summary */
  private seen = new Map<string, number[] | null>();
  /** Korean (substrings), acronyms (case kept), other English (any case): one pass for all */
  private scans: TermScanners;

  constructor(
    readonly refs: readonly TopicRef[],
    readonly model: TopicModel | null = null,
    readonly neighbours: Neighbours | null = null,
  ) {
    const groups: Record<'ko' | 'cs' | 'ci', string[]> = { ko: [], cs: [], ci: [] };
    const pairId = new Map<string, number>();
    refs.forEach((ref, topic) => {
      for (const term of ref.keywords) {
        const pk = `${topic}\0${term}`;
        let id = pairId.get(pk);
        if (id === undefined) {
          id = this.pairs.length;
          pairId.set(pk, id);
          this.pairs.push({ topic, term });
        }
        const key = norm(term);
        const list = this.byKey.get(key) ?? [];
        list.push(id);
        this.byKey.set(key, list);
        if (isKorean(term)) groups.ko.push(term);
        else if (isAcronym(term)) groups.cs.push(...titleCased(term));
        else groups.ci.push(term);
      }
    });
    this.scans = new TermScanners([
      { terms: groups.ko, mode: 'substring' },
      { terms: groups.cs, mode: 'words' },
      { terms: groups.ci, mode: 'words-ci' },
    ]);
  }

  private hitsOf(matched: string): number[] | null {
    let hits = this.seen.get(matched);
    if (hits !== undefined) return hits;
    const k = norm(matched);
    hits = this.byKey.get(k) ?? this.byKey.get(k.replace(/es$/, '')) ?? this.byKey.get(k.replace(/s$/, '')) ?? null;
    if (this.seen.size > 50_000) this.seen.clear();
    this.seen.set(matched, hits);
    return hits;
  }

  /** Notes each (topic, term) found in `text` at weight `w`, unless it already weighs more. */
  private note(text: string, w: number, weight: Map<number, number>): void {
    for (const spans of this.scans.spans(text)) {
      for (let i = 0; i < spans.length; i += 2) {
        const hits = this.hitsOf(text.slice(spans[i], spans[i + 1]));
        if (hits) for (const h of hits) if ((weight.get(h) ?? 0) < w) weight.set(h, w);
      }
    }
  }

  /** the paper's feature hashes (the model's) and summary hashes (the neighbours') */
  private hashes = new Hashes();
  private summary = new Hashes();

  /** Topics of a paper: the model's decision over its features and its neighbours' vote
   *  (without a model, the seed terms'), each with its evidence — the seed terms found, the
   *  words that weighed most and the nearest hand-labelled papers that have it — and child
   *  topics whose terms the title or lead names. */
  tag(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): TopicHit[] {
    const model = this.model;
    if (!model) return this.keywordTopics(title, sections);
    const seeds = this.seeds(zonesOf(title, sections));
    const hs = this.hashes;
    const { nText, nTitle } = paperHashes(title, sections, seeds, hs, this.summary);
    const scores = model.scores(hs.h, hs.n, nText);
    const wv = model.file.neighbours ?? 0,
      wc = model.file.centroids ?? 0;
    const near = wv || wc ? this.neighbours : null;
    if (near) blendScores(scores, near.scoresOf(this.summary, nTitle), wv, wc);
    const out: TopicHit[] = [];
    for (const t of model.decide(scores)) {
      const topic = model.file.topics[t];
      const words = [...model.evidence(t, 3).map(readable), ...(near?.evidence(t, 2) ?? [])];
      const score = Math.round(scores[t] * 1000) / 1000;
      out.push({ topic, parent: null, evidence: [...(seeds.terms.get(topic) ?? []), ...words], score });
      for (const child of seeds.children.get(topic) ?? [])
        out.push({ topic: child, parent: topic, evidence: seeds.childTerms.get(child)!, score });
    }
    return out.length ? out : [{ topic: UNASSIGNED, parent: null, evidence: [], score: null }];
  }

  /** Each (topic, term) pair found, at the weight of the zone where it weighs most. */
  private weights(zones: Record<Zone, string>): Map<number, number> {
    const weight = new Map<number, number>(); // pair → weight
    this.note(zones.t, ZONE_WEIGHT.t, weight);
    if (zones.l) this.note(zones.l, ZONE_WEIGHT.l, weight);
    this.note(zones.b, ZONE_WEIGHT.b, weight);
    return weight;
  }

  /** Seeds: per top-level topic, the best zone one of its terms (or a child's) was found in,
   *  and the terms found; child topics the title or lead names, and each child's terms. */
  seeds(zones: Record<Zone, string>): {
    zone: Map<string, Zone>;
    terms: Map<string, string[]>;
    children: Map<string, string[]>;
    childTerms: Map<string, string[]>;
    found: [string, string, Zone][];
  } {
    const zone = new Map<string, Zone>(),
      terms = new Map<string, string[]>(),
      children = new Map<string, string[]>(),
      childTerms = new Map<string, string[]>();
    const found: [string, string, Zone][] = [];
    for (const [id, w] of this.weights(zones)) {
      const { topic, term } = this.pairs[id];
      const ref = this.refs[topic];
      const top = ref.parent ?? ref.topic;
      const z: Zone = w >= ZONE_WEIGHT.t ? 't' : w >= ZONE_WEIGHT.l ? 'l' : 'b';
      found.push([top, term, z]);
      const had = zone.get(top);
      if (!had || ZONE_WEIGHT[z] > ZONE_WEIGHT[had]) zone.set(top, z);
      const list = terms.get(top) ?? [];
      if (!list.includes(term)) list.push(term);
      terms.set(top, list);
      if (ref.parent) {
        const ct = childTerms.get(ref.topic) ?? [];
        ct.push(term);
        childTerms.set(ref.topic, ct);
      }
      if (ref.parent && w >= ZONE_WEIGHT.l) {
        const c = children.get(top) ?? [];
        if (!c.includes(ref.topic)) c.push(ref.topic);
        children.set(top, c);
      }
    }
    return { zone, terms, children, childTerms, found };
  }

  /** The seed terms' own decision (3 points in a title decide; see the top of the file): the
   *  noisy labels the model is trained from on unlabelled papers. */
  keywordTopics(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): TopicHit[] {
    const weight = this.weights(zonesOf(title, sections));
    const score = new Map<number, { score: number; evidence: string[] }>();
    for (const [id, w] of weight) {
      const { topic, term } = this.pairs[id];
      const e = score.get(topic) ?? { score: 0, evidence: [] };
      e.score += w;
      e.evidence.push(term);
      score.set(topic, e);
    }
    const scored = [...score]
      .filter(([, e]) => e.score >= FALLBACK)
      .map(([t, e]) => ({
        hit: { topic: this.refs[t].topic, parent: this.refs[t].parent, evidence: e.evidence, score: null },
        score: e.score,
      }))
      .sort((a, b) => b.score - a.score || (a.hit.topic < b.hit.topic ? -1 : 1));
    const strong = scored.filter((x) => x.score >= THRESHOLD);
    const top = (strong.length ? strong.slice(0, MAX_TOPICS) : scored.slice(0, 1)).map((x) => x.hit);
    return top.length ? top : [{ topic: UNASSIGNED, parent: null, evidence: [], score: null }];
  }
}
