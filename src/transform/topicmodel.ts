// The trained topic model (data/reference/topic_model.json, written by `npm run train:topics`):
// one logistic regression per top-level topic over topicFeatures, with a threshold per topic.
// Pure: the same features give the same scores.
import { PaperlakeError } from '../errors.js';
import { featureHash } from './topicfeatures.js';

export interface TopicModelFile {
  /** top-level topic ids, in the order of bias/thresholds and of each weight's topic index */
  topics: string[];
  bias: number[];
  thresholds: number[];
  /** below every threshold, the best topic is still given when its score reaches this */
  floor: number;
  /** the shares of the neighbours' vote and of the centroids' cosine (topic_neighbours.json) in
   *  a topic's score, the rest the regression's; 0 or absent: the regression alone */
  neighbours?: number;
  centroids?: number;
  /** feature → [topic index, weight, topic index, weight, …] */
  weights: Record<string, number[]>;
  /** what it was trained on, for the README and the eval */
  trained: Record<string, unknown>;
}

/** Each feature weighs 1/√n in a title and lead of n words and n-grams (long summaries do not
 *  outvote short ones); seeds weigh 1 whatever the length. */
export const featureValue = (f: string, n: number) => (f.startsWith('s:') ? 1 : 1 / Math.sqrt(n));

/** A topic's score: the regression's probability, the neighbours' vote (`wv` of it) and the
 *  centroid's cosine (`wc`), in place: into `lr`. */
export function blendScores(lr: Float64Array, near: { vote: Float64Array; centroid: Float64Array }, wv: number, wc: number): Float64Array {
  for (let t = 0; t < lr.length; t++) lr[t] = (1 - wv - wc) * lr[t] + wv * near.vote[t] + wc * near.centroid[t];
  return lr;
}

const probe = (h: number, mask: number) => (Math.imul(h, 0x9e3779b1) >>> 12) & mask;

/** The sums of one paper's features into `m.z`, each feature once; the features found into
 *  `m.hit`. A module function over typed arrays: the hot loop of tagging. */
function scoreInto(m: TopicModel, hashes: Int32Array, n: number, v: number, call: number): number {
  const { keys, slots, mask, stamp, start, topicOf, weightOf, seed, hit, z } = m;
  z.set(m.bias);
  let nHit = 0;
  for (let k = 0; k < n; k++) {
    const h = hashes[k];
    let s = -1;
    for (let p = probe(h, mask); ; p = (p + 1) & mask) {
      const at = slots[p];
      if (at === 0) break;
      if (keys[p] === h) {
        s = at - 1;
        break;
      }
    }
    if (s < 0 || stamp[s] === call) continue;
    stamp[s] = call;
    hit[nHit++] = s;
    const x = seed[s] === 1 ? 1 : v;
    for (let i = start[s], e = start[s + 1]; i < e; i++) z[topicOf[i]] += weightOf[i] * x;
  }
  return nHit;
}

export class TopicModel {
  readonly index = new Map<string, number>();
  /** open-addressing table: feature hash → slot + 1 (0: empty) */
  keys: Int32Array;
  slots: Int32Array;
  mask: number;
  /** per feature slot: its weights at [start[s], start[s + 1]) of topicOf/weightOf; seed or not; name */
  start: Int32Array;
  topicOf: Int32Array;
  weightOf: Float64Array;
  seed: Uint8Array;
  private names: string[];
  bias: Float64Array;
  /** the last paper's sums before the sigmoid */
  z: Float64Array;
  /** the call each slot was last counted in: a feature counts once per paper */
  stamp: Int32Array;
  private call = 0;
  /** slots found in the last `scores` call, for `evidence` */
  hit = new Int32Array(1024);
  private nHit = 0;

  constructor(
    readonly file: TopicModelFile,
    path = 'topic_model.json',
  ) {
    const n = file.topics.length;
    if (!n || file.bias.length !== n || file.thresholds.length !== n)
      throw new PaperlakeError(`${path}: topics, bias and thresholds differ in length`);
    file.topics.forEach((t, i) => this.index.set(t, i));
    const names = Object.keys(file.weights);
    let size = 1024;
    while (size < names.length * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    const total = names.reduce((a, f) => a + file.weights[f].length / 2, 0);
    this.start = new Int32Array(names.length + 1);
    this.topicOf = new Int32Array(total);
    this.weightOf = new Float64Array(total);
    this.seed = new Uint8Array(names.length);
    this.names = names;
    this.bias = Float64Array.from(file.bias);
    let at = 0;
    names.forEach((name, slot) => {
      const w = file.weights[name];
      this.start[slot] = at;
      for (let i = 0; i < w.length; i += 2) {
        this.topicOf[at] = w[i];
        this.weightOf[at++] = w[i + 1];
      }
      this.seed[slot] = name.startsWith('s:') ? 1 : 0;
      const h = featureHash(name);
      let p = probe(h, this.mask);
      while (this.slots[p] !== 0) p = (p + 1) & this.mask;
      this.keys[p] = h;
      this.slots[p] = slot + 1;
    });
    this.start[names.length] = at;
    this.stamp = new Int32Array(names.length);
    this.z = new Float64Array(n);
  }

  /** Score (probability) of every topic, from `n` feature hashes of a paper (repeats count
   *  once) of which `nText` occurrences are words and n-grams. */
  scores(hashes: Int32Array, n: number, nText: number): Float64Array {
    if (this.hit.length < n) this.hit = new Int32Array(n * 2);
    this.nHit = scoreInto(this, hashes, n, 1 / Math.sqrt(nText || 1), ++this.call);
    const z = this.z;
    const out = new Float64Array(z.length);
    for (let i = 0; i < z.length; i++) out[i] = 1 / (1 + Math.exp(-z[i]));
    return out;
  }

  /** The word features of the last scored paper that raised a topic most (at most `k`, best
   *  first): its evidence (the caller lists the seed terms found itself); the seed features
   *  when no word raised it (another topic's seeds), so a topic never comes without a why. */
  evidence(topic: number, k: number): string[] {
    const words = this.top(topic, k, false);
    return words.length ? words : this.top(topic, k, true);
  }

  private top(topic: number, k: number, seeds: boolean): string[] {
    const best: number[] = [],
      weight: number[] = []; // slots and weights, best first
    for (let j = 0; j < this.nHit; j++) {
      const s = this.hit[j];
      if ((this.seed[s] === 1) !== seeds) continue;
      for (let i = this.start[s]; i < this.start[s + 1]; i++) {
        if (this.topicOf[i] !== topic) continue;
        const w = this.weightOf[i];
        if (w <= 0) break;
        let at = best.length;
        while (at > 0 && (weight[at - 1] < w || (weight[at - 1] === w && this.names[best[at - 1]] > this.names[s]))) at--;
        if (at < k) {
          best.splice(at, 0, s);
          weight.splice(at, 0, w);
          if (best.length > k) {
            best.pop();
            weight.pop();
          }
        }
        break;
      }
    }
    return best.map((s) => this.names[s]);
  }

  /** Topics given: those at or over their threshold, best first, at most `max`; else the best
   *  one if it reaches the floor; else none. */
  decide(scores: Float64Array, max = 3): number[] {
    const over: number[] = [];
    let top = 0;
    for (let t = 0; t < scores.length; t++) {
      if (scores[t] > scores[top]) top = t;
      if (scores[t] < this.file.thresholds[t]) continue;
      let at = over.length; // best first, the lower index first among equals
      while (at > 0 && scores[over[at - 1]] < scores[t]) at--;
      over.splice(at, 0, t);
    }
    if (over.length) return over.slice(0, max);
    return scores[top] >= this.file.floor ? [top] : [];
  }
}
