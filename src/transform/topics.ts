// Multi-label topic tagging from data/reference/topics.csv, with the matched terms as evidence.
//
// Where a term appears says how much it means: in the title it decides (3 points), in the
// "What's New" section (or the first plain bullet) it counts 1, elsewhere ½ — every summary
// mentions 벤치마크 somewhere, only a benchmark paper says so up front.
import type { RawSection } from '../extract/types.js';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(term: string): RegExp {
  if (/[가-힣]/.test(term)) return new RegExp(escape(term), 'g'); // Korean: no word boundaries
  const body = term.split(/[\s-]+/).map(escape).join('[\\s-]?');
  // acronyms (RL, RAG, MoE, CoT) keep their case: `rag` and `moe` are other words
  const acronym = (term.match(/[A-Z]/g) ?? []).length >= 2 || /^[A-Z0-9]+$/.test(term);
  return new RegExp(`(?<![A-Za-z0-9])${body}(?:s|es)?(?![A-Za-z0-9])`, acronym ? 'g' : 'gi');
}

export class TopicTagger {
  private compiled: { ref: TopicRef; terms: { term: string; re: RegExp }[] }[];

  constructor(readonly refs: readonly TopicRef[]) {
    this.compiled = refs.map((ref) => ({ ref, terms: ref.keywords.map((term) => ({ term, re: termPattern(term) })) }));
  }

  tag(title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]): TopicHit[] {
    const lead = sections.find((s) => s.kind === 'whats_new') ?? sections.find((s) => s.kind === 'summary');
    const rest = sections.filter((s) => s !== lead).map((s) => s.text).join('\n');
    const scored: { hit: TopicHit; score: number }[] = [];
    for (const { ref, terms } of this.compiled) {
      let score = 0;
      const evidence = new Set<string>();
      for (const { term, re } of terms) {
        re.lastIndex = 0;
        if (re.test(title)) { score += 3; evidence.add(term); continue; }
        re.lastIndex = 0;
        if (lead && re.test(lead.text)) { score += 1; evidence.add(term); continue; }
        re.lastIndex = 0;
        if (re.test(rest)) { score += 0.5; evidence.add(term); }
      }
      if (score >= FALLBACK) scored.push({ hit: { topic: ref.topic, parent: ref.parent, evidence: [...evidence] }, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.hit.topic < b.hit.topic ? -1 : 1));
    const strong = scored.filter((s) => s.score >= THRESHOLD);
    const top = (strong.length ? strong.slice(0, MAX_TOPICS) : scored.slice(0, 1)).map((s) => s.hit);
    return top.length ? top : [{ topic: UNASSIGNED, parent: null, evidence: [] }];
  }
}
