// Multi-label topic tagging from data/reference/topics.csv, with the matched terms as evidence.
//
// Where a term appears says how much it means: in the title it decides (3 points), in the
// "What's New" section (or the first plain bullet) it counts 1, elsewhere ½ — every summary
// mentions 벤치마크 somewhere, only a benchmark paper says so up front.
import type { RawSection } from '../extract/types.js';
import { TermScanners } from './terms.js';

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
}

export const UNASSIGNED = 'unassigned';
const THRESHOLD = 3;
/** With nothing above the threshold, the best topic still wins on this much evidence. */
const FALLBACK = 1;
const MAX_TOPICS = 4;

const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();
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

export class TopicTagger {
  /** (topic, term) pairs, by id */
  private pairs: { topic: number; term: string }[] = [];
  /** normalized term → the pairs it stands for */
  private byKey = new Map<string, number[]>();
  /** matched text → its pairs: the same few hundred spellings recur in every summary */
  private seen = new Map<string, number[] | null>();
  /** Korean (substrings), acronyms (case kept), other English (any case): one pass for all */
  private scans: TermScanners;

  constructor(readonly refs: readonly TopicRef[]) {
    const groups: Record<'ko' | 'cs' | 'ci', string[]> = { ko: [], cs: [], ci: [] };
    const pairId = new Map<string, number>();
    refs.forEach((ref, topic) => {
      for (const term of ref.keywords) {
        const pk = `${topic}\0${term}`;
        let id = pairId.get(pk);
        if (id === undefined) { id = this.pairs.length; pairId.set(pk, id); this.pairs.push({ topic, term }); }
        const key = norm(term);
        const list = this.byKey.get(key) ?? [];
        list.push(id);
        this.byKey.set(key, list);
        if (isKorean(term)) groups.ko.push(term);
        else if (isAcronym(term)) groups.cs.push(...titleCased(term));
        else groups.ci.push(term);
      }
    });
    this.scans = new TermScanners([{ terms: groups.ko, mode: 'substring' }, { terms: groups.cs, mode: 'words' }, { terms: groups.ci, mode: 'words-ci' }]);
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

  tag(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): TopicHit[] {
    const lead = sections.find((s) => s.kind === 'whats_new') ?? sections.find((s) => s.kind === 'summary');
    const rest = sections.filter((s) => s !== lead).map((s) => s.text).join('\n');
    // each term counts once, where it weighs most
    const weight = new Map<number, number>(); // pair → weight
    this.note(title, 3, weight);
    if (lead) this.note(lead.text, 1, weight);
    this.note(rest, 0.5, weight);
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
      .map(([t, e]) => ({ hit: { topic: this.refs[t].topic, parent: this.refs[t].parent, evidence: e.evidence }, score: e.score }))
      .sort((a, b) => b.score - a.score || (a.hit.topic < b.hit.topic ? -1 : 1));
    const strong = scored.filter((x) => x.score >= THRESHOLD);
    const top = (strong.length ? strong.slice(0, MAX_TOPICS) : scored.slice(0, 1)).map((x) => x.hit);
    return top.length ? top : [{ topic: UNASSIGNED, parent: null, evidence: [] }];
  }
}
