// Training the topic model: logistic regression per topic by AdaGrad over Naive-Bayes-scaled
// features, in a fixed order from zero weights (deterministic: same input, same model).
//
// Measured out-of-fold on the tune labels (F1 on three fold partitions): plain SGD (rate
// 0.5/(1 + epoch), l2 1e-5) 0.817–0.828; AdaGrad with l2 0.03 0.829–0.833; with the NB scaling
// 0.836–0.839 — the gain is recall (0.750 → 0.780, precision 0.897 → 0.905). Plain SGD
// underfitted the words: at 1/√n a word's input is ~0.1, and six decaying steps left its weight
// small beside a seed's.
//
// Two kinds of examples: every corpus paper labelled by the seed terms alone (many, noisy:
// they teach the vocabulary around the seeds — 다중모달, Test Suite — that the lists lack), and
// the hand-labelled papers (few, right, weighted up: they teach the boundaries). Thresholds
// are chosen on hand labels the model did not see (k-fold), so they are honest — on the
// regression's probability blended with the neighbours' vote and the centroids' cosine
// (topicneighbours.ts), those too from the other folds' hand labels only.
import type { RawSection } from '../staging/records.js';
import { topicFeatures, zonesOf } from './topicfeatures.js';
import { scoreTopics, type LabelledPaper } from './topiclabels.js';
import { blendScores, featureValue, TopicModel, type TopicModelFile } from './topicmodel.js';
import { buildNeighbours, Neighbours, summaryCounts, type NeighbourFile, type NeighbourScores } from './topicneighbours.js';
import type { TopicTagger } from './topics.js';

export interface Example {
  id: string;
  features: ReadonlySet<string>;
  /** words and n-grams in its title and lead (each occurrence) */
  nText: number;
  /** per topic: 1, 0, or null (no loss: an optional label) */
  labels: (0 | 1 | null)[];
  weight: number;
  /** hand-labelled: used to choose thresholds */
  hand: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's step: each weight's step is this over the root of its summed squared gradients */
  rate: number;
  /** L2 penalty, per example step (times its weight) on the weights it touches */
  l2: number;
  /** Naive Bayes smoothing of the per-topic feature scaling (0: none) */
  nb: number;
  /** a feature must occur in this many papers */
  minDf: number;
  /** weights smaller than this are dropped from the file */
  prune: number;
  /** the step weight of a hand-labelled paper */
  handWeight: number;
  /** the step weight of a paper labelled by the seed terms: small, so that the seeds' noise
   *  does not drown the hand labels (with 1,041 of them, 0.05 beat 1 by three points of
   *  precision out-of-fold; a large hand weight instead overshot) */
  weakWeight: number;
  /** F-beta of the thresholds: below 1, precision counts more than recall */
  beta: number;
  /** the shares of the neighbours' vote and of the centroids' cosine in a topic's score (the
   *  rest is the regression's; both 0: the regression alone), how many neighbours vote, the
   *  power of the similarity each votes with, what a neighbour's optional topic counts, and how
   *  many times a title word counts in the neighbours' vectors */
  neighbourWeight: number;
  centroidWeight: number;
  neighbours: number;
  power: number;
  optionalVote: number;
  titleWeight: number;
  /** words in this share of the papers or more are not in the neighbours' vectors */
  maxDf: number;
}

export const DEFAULTS: TrainOptions = {
  epochs: 6,
  rate: 0.5,
  l2: 0.03,
  nb: 1,
  // the NB scaling gives every feature some weight: these keep the file at its old size (13.9k
  // weights of 5.8k features; at 3 and 0.1, 51k of 13k: F1 0.839 not 0.838, tagging 19% slower)
  minDf: 5,
  prune: 0.3,
  handWeight: 1,
  weakWeight: 0.05,
  // with the vote and centroids, out-of-fold (this partition; dev gold): 0.8 P 0.924 R 0.833
  // (vote only; 0.956 / 0.964); 0.9 P 0.923 R 0.857 (0.957 / 0.964); 1 P 0.915 R 0.867 (0.944 /
  // 0.964); 1.2 P 0.913 R 0.870 (0.944 / 0.964); 1.3 P 0.907 R 0.874 (0.945 / 0.982); 1.4 P 0.892
  // R 0.889 (0.933 / 0.982). F1 is the same from 1 to 1.3 (0.888–0.889 over three partitions):
  // beta only slides along the curve; 1.2 keeps precision over 0.90 on all three (0.904–0.910,
  // recall 0.866–0.874), 1.3 does not (0.894 on one)
  beta: 1.2,
  // out-of-fold F1 (mean of three fold partitions; the regression alone 0.839), the vote
  // without centroids: weight 0.5 0.871, 0.6 0.875, 0.7 0.879, 0.8 0.877, 1 (the vote alone)
  // 0.81; 10 neighbours 0.873, 20 0.876, 30 0.879, 40 0.878; power 1 0.876, 1.5 0.879, 2 0.877,
  // 3 0.870; optional 0, 0.5, 1 within 0.002. With the centroids (regression, vote, centroids):
  // 0.3/0.7/0 0.879, 0.3/0.5/0.2 0.887, 0.3/0.4/0.3 0.889, 0.3/0.3/0.4 0.888, 0.35/0.35/0.3
  // 0.887, 0.4/0.3/0.3 0.885, 0.2/0.5/0.3 0.885, 0.15/0.45/0.4 0.875; centroids alone 0.787
  neighbourWeight: 0.4,
  centroidWeight: 0.3,
  neighbours: 30,
  power: 1.5,
  optionalVote: 0.5,
  titleWeight: 2,
  // (vote only: 0.5 F1 0.879, 0.2 0.879, 0.1 0.879, 0.05 0.873; at 0.5 the neighbours take ~85
  // µs a paper, at 0.1 ~52)
  maxDf: 0.1,
};

interface Dense {
  vocab: string[];
  rows: { idx: Int32Array; val: Float32Array; ex: Example }[];
}

function densify(examples: readonly Example[], minDf: number): Dense {
  const df = new Map<string, number>();
  for (const e of examples) for (const f of e.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df]
    .filter(([f, n]) => n >= minDf || f.startsWith('s:'))
    .map(([f]) => f)
    .sort();
  const at = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((ex) => {
    const fs = [...ex.features].filter((f) => at.has(f));
    return { idx: Int32Array.from(fs, (f) => at.get(f)!), val: Float32Array.from(fs, (f) => featureValue(f, ex.nText)), ex };
  });
  return { vocab, rows };
}

/**
 * Per feature, the log-ratio of how often it occurs in the topic's papers and in the others
 * (Naive Bayes, smoothed by `alpha`; example weights count): the scale of that feature for the
 * topic (NBSVM, Wang & Manning 2012). A word that says a topic starts with a large input, so
 * the penalty holds it back less than a word found as often either way.
 */
function nbScale(d: Dense, topic: number, alpha: number): Float64Array {
  const r = new Float64Array(d.vocab.length).fill(1);
  if (!alpha) return r;
  const pos = new Float64Array(d.vocab.length).fill(alpha),
    neg = new Float64Array(d.vocab.length).fill(alpha);
  for (const row of d.rows) {
    const y = row.ex.labels[topic];
    if (y === null) continue;
    const c = y === 1 ? pos : neg;
    for (let i = 0; i < row.idx.length; i++) c[row.idx[i]] += row.ex.weight;
  }
  let p = 0,
    q = 0;
  for (let j = 0; j < r.length; j++) {
    p += pos[j];
    q += neg[j];
  }
  for (let j = 0; j < r.length; j++) r[j] = Math.log(pos[j] / p / (neg[j] / q));
  return r;
}

/** Weights and bias of one topic: logistic regression by AdaGrad over the NB-scaled features
 *  (the weights given are for the unscaled features: scale × weight, so tagging does not change). */
function fit(d: Dense, topic: number, o: TrainOptions): { w: Float64Array; b: number } {
  const r = nbScale(d, topic, o.nb);
  const w = new Float64Array(d.vocab.length);
  const sq = new Float64Array(d.vocab.length).fill(1e-6);
  let b = 0,
    sqB = 1e-6;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const row of d.rows) {
      const y = row.ex.labels[topic];
      if (y === null) continue;
      let z = b;
      for (let i = 0; i < row.idx.length; i++) z += w[row.idx[i]] * row.val[i] * r[row.idx[i]];
      const g = (1 / (1 + Math.exp(-z)) - y) * row.ex.weight;
      sqB += g * g;
      b -= (o.rate * g) / Math.sqrt(sqB);
      for (let i = 0; i < row.idx.length; i++) {
        const j = row.idx[i];
        const gj = g * row.val[i] * r[j] + o.l2 * row.ex.weight * w[j];
        sq[j] += gj * gj;
        w[j] -= (o.rate * gj) / Math.sqrt(sq[j]);
      }
    }
  }
  for (let j = 0; j < w.length; j++) w[j] *= r[j];
  return { w, b };
}

/** A model with every threshold at 0.5 (thresholds are chosen by `chooseThresholds`). */
export function train(topics: readonly string[], examples: readonly Example[], o: TrainOptions = DEFAULTS): TopicModelFile {
  const d = densify(examples, o.minDf);
  const weights: Record<string, number[]> = {};
  const bias: number[] = [];
  topics.forEach((_, t) => {
    const { w, b } = fit(d, t, o);
    bias.push(round(b));
    w.forEach((x, i) => {
      if (Math.abs(x) < o.prune) return;
      (weights[d.vocab[i]] ??= []).push(t, round(x));
    });
  });
  const sorted: Record<string, number[]> = {};
  for (const f of Object.keys(weights).sort()) sorted[f] = weights[f];
  return {
    topics: [...topics],
    bias,
    thresholds: topics.map(() => 0.5),
    floor: 0.5,
    neighbours: 0,
    centroids: 0,
    weights: sorted,
    trained: {},
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Out-of-fold scores of the hand-labelled examples: each fold's model is trained without it. */
export function outOfFold(
  topics: readonly string[],
  examples: readonly Example[],
  folds: number,
  score: (m: TopicModelFile, e: Example) => Float64Array,
  o: TrainOptions,
): Map<string, Float64Array> {
  const hand = examples.filter((e) => e.hand);
  const out = new Map<string, Float64Array>();
  for (let k = 0; k < folds; k++) {
    const held = new Set(hand.filter((_, i) => i % folds === k).map((e) => e.id));
    const m = train(
      topics,
      examples.filter((e) => !held.has(e.id)),
      o,
    );
    for (const e of hand) if (held.has(e.id)) out.set(e.id, score(m, e));
  }
  return out;
}

export interface Choice {
  thresholds: number[];
  floor: number;
}

/**
 * Thresholds that maximise F-beta (beta < 1 leans to precision) over the out-of-fold scores:
 * one for all topics, then per topic where it has enough positives to say, halfway between
 * its own best and the common one (a topic with six examples should not get its own).
 */
export function chooseThresholds(
  topics: readonly string[],
  hand: readonly Example[],
  oof: Map<string, Float64Array>,
  beta: number,
  minPositives = 8,
): Choice {
  const grid = Array.from({ length: 39 }, (_, i) => 0.05 + i * 0.025);
  const fb = (tp: number, fp: number, fn: number) =>
    tp === 0 ? 0 : ((1 + beta * beta) * tp) / ((1 + beta * beta) * tp + beta * beta * fn + fp);
  const counts = (t: number, th: number) => {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const e of hand) {
      const y = e.labels[t],
        p = oof.get(e.id)![t] >= th;
      if (y === null) continue; // optional: neither
      if (p && y === 1) tp++;
      else if (p) fp++;
      else if (y === 1) fn++;
    }
    return { tp, fp, fn };
  };
  let best = 0.5,
    bestF = -1;
  for (const th of grid) {
    let tp = 0,
      fp = 0,
      fn = 0;
    topics.forEach((_, t) => {
      const c = counts(t, th);
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    });
    const f = fb(tp, fp, fn);
    if (f > bestF + 1e-9) {
      bestF = f;
      best = th;
    }
  }
  const thresholds = topics.map((_, t) => {
    const pos = hand.filter((e) => e.labels[t] === 1).length;
    if (pos < minPositives) return best;
    let own = best,
      ownF = -1;
    for (const th of grid) {
      const c = counts(t, th);
      const f = fb(c.tp, c.fp, c.fn);
      if (f > ownF + 1e-9) {
        ownF = f;
        own = th;
      }
    }
    return round((own + best) / 2);
  });
  return { thresholds, floor: round(best / 2) };
}

export interface Corpus {
  /** one record per paper (its first appearance), in a fixed order */
  papers: { key: string; title: string; sections: readonly Pick<RawSection, 'kind' | 'text'>[] }[];
}

/** At most this share of papers may be left without a topic (the floor is lowered to it). */
export const MAX_UNASSIGNED = 0.025;

/**
 * The model from a corpus and hand labels: every unlabelled paper labelled by the seed terms,
 * every labelled one by hand (`exclude`d papers — a gold set — not at all); thresholds by
 * 5-fold cross-validation over the hand labels.
 */
export function trainTopicModel(
  tagger: TopicTagger,
  corpus: Corpus,
  labels: readonly LabelledPaper[],
  exclude: ReadonlySet<string> = new Set(),
  o: TrainOptions = DEFAULTS,
): { model: TopicModelFile; neighbours: NeighbourFile | null } {
  const topics = [...new Set(tagger.refs.map((r) => r.parent ?? r.topic))];
  const byKey = new Map(labels.map((l) => [l.key, l]));
  const examples: Example[] = [];
  const all: { names: Set<string>; nText: number; tf: Map<number, number> }[] = [];
  const tfOf = new Map<string, Map<number, number>>();
  for (const p of corpus.papers) {
    const zones = zonesOf(p.title, p.sections);
    const { names: features, nText } = topicFeatures(zones, tagger.seeds(zones));
    const tf = summaryCounts(p.title, p.sections, o.titleWeight);
    all.push({ names: features, nText, tf });
    if (exclude.has(p.key)) continue;
    tfOf.set(p.key, tf);
    const hand = byKey.get(p.key);
    if (hand)
      examples.push({
        id: p.key,
        features,
        nText,
        labels: topics.map((t) => (hand.required.includes(t) ? 1 : hand.optional.includes(t) ? null : 0)),
        weight: o.handWeight,
        hand: true,
      });
    else {
      const kw = new Set(tagger.keywordTopics(p.title, p.sections).map((h) => h.parent ?? h.topic));
      examples.push({ id: p.key, features, nText, labels: topics.map((t) => (kw.has(t) ? 1 : 0)), weight: o.weakWeight, hand: false });
    }
  }
  const hand = examples.filter((e) => e.hand);
  const folds = 5;
  const score = (m: TopicModelFile, e: Example) => stringScores(m, e.features, e.nText);
  const oof = outOfFold(topics, examples, folds, score, o);
  // the neighbours: IDF from every paper trained on, vectors of the hand-labelled ones; out of
  // fold, a paper's neighbours are from the other folds (as outOfFold's: the i-th is in i % 5)
  const built =
    o.neighbourWeight || o.centroidWeight
      ? buildNeighbours(
          topics,
          [...tfOf.values()],
          hand.map((e) => ({
            id: e.id.split(' ')[1],
            tf: tfOf.get(e.id)!,
            required: topics.flatMap((_, t) => (e.labels[t] === 1 ? [t] : [])),
            optional: topics.flatMap((_, t) => (e.labels[t] === null ? [t] : [])),
          })),
          { k: o.neighbours, power: o.power, optional: o.optionalVote, titleWeight: o.titleWeight, maxDf: o.maxDf },
        )
      : null;
  const nf = built?.file ?? null;
  const near = nf ? new Neighbours(nf) : null;
  const w = { vote: near ? o.neighbourWeight : 0, centroid: near ? o.centroidWeight : 0 };
  const blend = (lr: Float64Array, nb: NeighbourScores | null) => (nb ? blendScores(lr, nb, w.vote, w.centroid) : lr);
  if (near && built) {
    const foldNorms = Array.from({ length: folds }, (_, k) => built.norms((d) => d % folds !== k));
    hand.forEach((e, i) => {
      const k = i % folds;
      oof.set(
        e.id,
        blend(
          oof.get(e.id)!,
          near.vote(tfOf.get(e.id)!, (d) => d % folds === k, foldNorms[k]),
        ),
      );
    });
  }
  const choice = chooseThresholds(topics, hand, oof, o.beta);
  const model = train(topics, examples, o);
  model.thresholds = choice.thresholds;
  model.neighbours = w.vote;
  model.centroids = w.centroid;
  // the floor: half the common threshold, lowered until few enough papers are left unassigned
  const tops = all.map((f) => Math.max(...blend(stringScores(model, f.names, f.nText), near?.vote(f.tf) ?? null))).sort((a, b) => a - b);
  model.floor = Math.min(choice.floor, round(Math.floor(tops[Math.floor(tops.length * MAX_UNASSIGNED)] * 1000) / 1000));
  // what the thresholds give on hand labels the model did not see: the honest tune figure
  const m = new TopicModel(model);
  const named = (e: Example, y: 0 | 1 | null) => topics.filter((_, t) => e.labels[t] === y);
  const s = scoreTopics(
    hand.map((e) => ({ key: e.id, required: named(e, 1), optional: named(e, null) })),
    new Map(hand.map((e) => [e.id, m.decide(oof.get(e.id)!).map((t) => topics[t])])),
  );
  const perTopic = Object.fromEntries(
    topics.map((t) => {
      const c = s.perTopic.get(t);
      return [t, c ? [c.required, c.found, c.predicted, c.correct] : [0, 0, 0, 0]];
    }),
  );
  const cv = { precision: round(s.precision), recall: round(s.recall), perTopic };
  model.trained = { cv, papers: corpus.papers.length, hand: hand.length, excluded: exclude.size, options: o };
  return { model, neighbours: nf };
}

/** Scores from feature names (training's view; tagging uses their hashes). */
export function stringScores(m: TopicModelFile, features: ReadonlySet<string>, nText: number): Float64Array {
  const z = Float64Array.from(m.bias);
  for (const f of features) {
    const w = m.weights[f];
    if (!w) continue;
    const x = featureValue(f, nText);
    for (let i = 0; i < w.length; i += 2) z[w[i]] += w[i + 1] * x;
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}
