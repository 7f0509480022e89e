// Pairwise evaluation of author identities against a gold file of raw-name pairs.
import type { Row } from '../schema/tables.js';

export interface GoldPair {
  name_a: string;
  name_b: string;
  same: boolean;
  required: boolean;
  case: string;
}

export interface PairOutcome extends GoldPair {
  predicted: boolean | null; // null: a name is not in the lake
}

export interface AuthorScores {
  pairs: number;
  evaluated: number;
  missing: number;
  requiredSame: number;
  recall: number;
  precision: number;
  falseMerges: PairOutcome[];
  missedMerges: PairOutcome[];
}

/** raw name → the author ids it resolves to (a raw name can resolve to several people). */
export function idsByRawName(paperAuthors: readonly Row[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of paperAuthors) {
    const raw = r.raw_name as string;
    let s = out.get(raw);
    if (!s) out.set(raw, (s = new Set()));
    s.add(r.author_id as string);
  }
  return out;
}

export function scoreAuthorPairs(gold: readonly GoldPair[], ids: Map<string, Set<string>>): AuthorScores {
  const outcomes: PairOutcome[] = gold.map((g) => {
    const a = ids.get(g.name_a),
      b = ids.get(g.name_b);
    if (!a || !b) return { ...g, predicted: null };
    return { ...g, predicted: [...a].some((x) => b.has(x)) };
  });
  const ev = outcomes.filter((o) => o.predicted !== null);
  const reqSame = ev.filter((o) => o.required && o.same);
  const predictedSame = ev.filter((o) => o.predicted);
  return {
    pairs: gold.length,
    evaluated: ev.length,
    missing: outcomes.length - ev.length,
    requiredSame: reqSame.length,
    recall: reqSame.length ? reqSame.filter((o) => o.predicted).length / reqSame.length : 1,
    precision: predictedSame.length ? predictedSame.filter((o) => o.same || !o.required).length / predictedSame.length : 1,
    falseMerges: ev.filter((o) => o.required && !o.same && o.predicted),
    missedMerges: reqSame.filter((o) => !o.predicted),
  };
}
