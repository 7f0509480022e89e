// The hand-labelled papers nearest a paper, and the topics they share
// (data/reference/topic_neighbours.json.br, written by `npm run train:topics` with the model).
//
// The logistic regression reads a title and lead; a paper's second topic is often only in the
// rest (a video model's benchmark, a robot's language model). Papers written about the same
// thing share those words: the vote of the 30 hand-labelled papers most like this one, by
// TF-IDF cosine over the words and word pairs of the whole summary, says what it also is.
// With it, the paper's cosine to each topic's centroid (the sum of its hand-labelled papers'
// vectors), over the best topic's. Measured out-of-fold on the tune labels (neighbours and
// centroids only from the other folds), F1 on three fold partitions: the regression 0.839;
// 0.3 regression + 0.7 vote 0.879; 0.3 + 0.4 vote + 0.3 centroids 0.889 (the vote alone 0.81).
//
// The index holds, per word, the hand-labelled papers it occurs in with its TF-IDF weight there
// (each paper's vector of unit length, × the word's IDF, in hundredths): a paper's similarity to
// each is the sum over its own words of (1 + log count) × that weight. Its own length does not
// matter: the vote is over the sum of the neighbours' weights, a centroid's cosine over the
// best one's.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { RawSection } from '../staging/records.js';
import { IntTable, RoundTable } from '../util/inttable.js';
import { Hashes, summaryHashes } from './topicfeatures.js';

/** Lists of ints as one array and where each starts: [starts (n + 1), values]. */
function flatten(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    starts[i + 1] = starts[i] + l.length;
  });
  return [starts, Int32Array.from(lists.flat())];
}

/** The index's file in data/reference: JSON, Brotli-compressed (2.1 MB of JSON is 0.66 MB so; Brotli
 *  output is the same bytes for the same input, so the file stays reproducible). */
export const NEIGHBOURS_FILE = 'topic_neighbours.json.br';
export const encodeNeighbours = (file: NeighbourFile): Buffer =>
  brotliCompressSync(Buffer.from(`${JSON.stringify(file)}\n`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
export const decodeNeighbours = (bytes: Uint8Array): NeighbourFile => JSON.parse(brotliDecompressSync(bytes).toString('utf8'));

export interface NeighbourFile {
  /** top-level topic ids, as the model's */
  topics: string[];
  /** how many neighbours vote, the power of the similarity each votes with, and what an
   *  optional topic of a neighbour counts (a required one counts 1) */
  k: number;
  power: number;
  optional: number;
  /** a title word counts this many times */
  titleWeight: number;
  /** words in this share of the papers or more are left out */
  maxDf: number;
  /** the hand-labelled papers (arXiv ids: evidence) and their required and optional topics
   *  (indices into topics) */
  papers: string[];
  required: number[][];
  optionals: number[][];
  /** per topic, the length of the sum of its papers' vectors (the centroid's: see `centroid`) */
  centroidNorms: number[];
  /** word hashes, ascending, and per word: paper, weight × 100, paper, weight × 100, … */
  terms: number[];
  postings: number[][];
}

/** Per topic, the neighbours' vote (0–1) and the paper's cosine to the centroid of the papers
 *  that have it required, over the best topic's (0–1: the best is 1). */
export interface NeighbourScores {
  vote: Float64Array;
  centroid: Float64Array;
}

/** Per word hash, how often it occurs (a title word `titleWeight` times), in a fixed order. */
export function summaryCounts(
  title: string,
  sections: readonly Pick<RawSection, 'text'>[],
  titleWeight: number,
  hs = new Hashes(),
): Map<number, number> {
  const nTitle = summaryHashes(title, sections, hs);
  const tf = new Map<number, number>();
  for (let i = 0; i < hs.n; i++) tf.set(hs.h[i], (tf.get(hs.h[i]) ?? 0) + (i < nTitle ? titleWeight : 1));
  return tf;
}

/** Reads each word's start, then a posting per cache line of each word's (see `scores`). */
function touchPostings(start: Int32Array, post: Uint16Array | Int32Array, slots: Int32Array, n: number): number {
  const step = 64 / post.BYTES_PER_ELEMENT;
  let x = 0;
  for (let j = 0; j < n; j++) x += start[slots[j]];
  for (let j = 0; j < n; j++) for (let i = start[slots[j]], e = start[slots[j] + 1]; i < e; i += step) x += post[i];
  return x;
}

export class Neighbours {
  /** word hash → its slot */
  private table: IntTable;
  /** the query's distinct words → where in `words` they are */
  private seen = new RoundTable();
  /** per word slot: its postings at [start[s], start[s + 1]) of post, each as two ints: the paper
   *  and its weight × 100 (one array: a word's postings start a cache line, not one per array;
   *  16-bit when they fit, half the bytes of a table larger than the cache) */
  start: Int32Array;
  post: Uint16Array | Int32Array;
  /** weight × 100 → weight (w / 100 as the division gives it) */
  weightOf: Float64Array;
  /** per paper: its similarity to the paper being scored */
  sim: Float64Array;
  /** the last query's neighbours, best first */
  best: Int32Array;
  private bestSim: Float64Array;
  /** per paper: its required topics at [reqStart[d], reqStart[d + 1]) of reqTopic, likewise
   *  its optional ones (flat: walking nested arrays was a third of `finish`) */
  private reqStart: Int32Array;
  private reqTopic: Int32Array;
  private optStart: Int32Array;
  private optTopic: Int32Array;
  /** per topic: the papers that have it required, in paper order, at [topicStart[t],
   *  topicStart[t + 1]) of topicPaper (a centroid's sum reads its papers only) */
  private topicStart: Int32Array;
  private topicPaper: Int32Array;
  nBest = 0;
  /** per paper: `neighbour: <arXiv id>`, written once */
  private evidenceOf: string[];
  private hs = new Hashes();
  /** the last query's distinct words (hashes), then those in the index (slots), in the order
   *  first seen, and their counts */
  private words = new Int32Array(1024);
  private counted = new Int32Array(1024);
  private count = new Float64Array(1024);
  /** what the touching reads read (kept, so that they are not left out as unused) */
  sink = 0;

  constructor(readonly file: NeighbourFile) {
    const n = file.terms.length;
    this.table = new IntTable(file.terms);
    const total = file.postings.reduce((a, p) => a + p.length / 2, 0);
    const maxW = file.postings.reduce((a, p) => p.reduce((b, x, i) => (i % 2 ? Math.max(b, x) : b), a), 0);
    this.start = new Int32Array(n + 1);
    this.post = Math.max(maxW, file.papers.length) <= 0xffff ? new Uint16Array(total * 2) : new Int32Array(total * 2);
    let at = 0;
    file.postings.forEach((p, slot) => {
      this.start[slot] = at;
      this.post.set(p, at);
      at += p.length;
    });
    this.weightOf = Float64Array.from({ length: maxW + 1 }, (_, w) => w / 100);
    this.start[n] = at;
    this.sim = new Float64Array(file.papers.length);
    this.best = new Int32Array(file.k);
    this.bestSim = new Float64Array(file.k);
    [this.reqStart, this.reqTopic] = flatten(file.required);
    [this.optStart, this.optTopic] = flatten(file.optionals);
    const papersOf: number[][] = file.topics.map(() => []);
    file.required.forEach((ts, d) => {
      for (const t of ts) papersOf[t].push(d);
    });
    [this.topicStart, this.topicPaper] = flatten(papersOf);
    this.evidenceOf = file.papers.map((id) => `neighbour: ${id}`);
  }

  /** The vote of a paper's neighbours per topic (0–1). Its words are counted by slot (words
   *  the index lacks, most, are dropped at once), in the order first seen, as `summaryCounts`. */
  scores(title: string, sections: readonly Pick<RawSection, 'text'>[]): NeighbourScores {
    const nTitle = summaryHashes(title, sections, this.hs);
    return this.scoresOf(this.hs, nTitle);
  }

  /** The same from the paper's `summaryHashes` (of which the first `nTitle` are the title's). */
  scoresOf(hs: Hashes, nTitle: number): NeighbourScores {
    if (this.words.length < hs.n) {
      this.words = new Int32Array(hs.n * 2);
      this.counted = new Int32Array(hs.n * 2);
      this.count = new Float64Array(hs.n * 2);
    }
    const { table, seen, words, counted, count } = this;
    const tw = this.file.titleWeight;
    // the distinct words in the order first seen, and their counts (a small table, in cache)
    seen.next(hs.n);
    let nWords = 0;
    for (let i = 0; i < hs.n; i++) {
      const h = hs.h[i];
      const c = seen.cell(h);
      let j: number;
      if (seen.has(c)) j = seen.value(c);
      else {
        seen.put(c, h, (j = nWords++));
        words[j] = h;
        count[j] = 0;
      }
      count[j] += i < nTitle ? tw : 1;
    }
    // then those of the index, by slot; the index's tables are far larger than the cache, and
    // their reads were most of the vote: each batch of reads first touches what the next needs,
    // all words at once, so that their cache misses overlap instead of coming one by one
    this.sink = table.touch(words, nWords);
    let n = 0;
    for (let j = 0; j < nWords; j++) {
      const s = table.get(words[j]);
      if (s < 0) continue;
      counted[n] = s;
      count[n++] = count[j];
    }
    this.sink += touchPostings(this.start, this.post, counted, n);
    for (let j = 0; j < n; j++) this.add(counted[j], count[j]);
    return this.finish();
  }

  /** The same from a paper's word counts (`summaryCounts`); papers `skip` says yes to count
   *  for nothing, and `norms` are then the centroids' of the others (training: the paper's
   *  own fold). */
  vote(tf: ReadonlyMap<number, number>, skip?: (paper: number) => boolean, norms?: readonly number[]): NeighbourScores {
    for (const [h, c] of tf) {
      const s = this.table.get(h);
      if (s >= 0) this.add(s, c);
    }
    return this.finish(skip, norms);
  }

  /** Adds a word of the paper's, `c` times, to its similarity with each paper that has it. */
  private add(s: number, c: number): void {
    const { start, post, weightOf, sim } = this;
    const q = 1 + Math.log(c);
    for (let i = start[s], e = start[s + 1]; i < e; i += 2) sim[post[i]] += q * weightOf[post[i + 1]];
  }

  /** The vote of the `k` most similar (the lower index first among equals) and the centroids'
   *  cosines, and `sim` cleared. A centroid's cosine is the sum of the similarities to its
   *  papers over its length (the paper's own length is the same for all: the best is 1). */
  private finish(skip?: (paper: number) => boolean, norms: readonly number[] = this.file.centroidNorms): NeighbourScores {
    const { sim, best, bestSim } = this;
    // a paper skipped counts as one like no other (the loops below then need no test per paper)
    if (skip) for (let d = 0; d < sim.length; d++) if (skip(d)) sim[d] = 0;
    const k = this.file.k;
    let n = 0,
      last = 0; // the k-th best's similarity once there are k
    for (let d = 0; d < sim.length; d++) {
      const x = sim[d];
      if (x <= last) continue; // equal: the earlier paper stays
      let at = n < k ? n++ : n - 1;
      while (at > 0 && bestSim[at - 1] < x) {
        best[at] = best[at - 1];
        bestSim[at] = bestSim[at - 1];
        at--;
      }
      best[at] = d;
      bestSim[at] = x;
      if (n === k) last = bestSim[k - 1];
    }
    this.nBest = n;
    const out = new Float64Array(this.file.topics.length);
    const { optional, power } = this.file;
    const { reqStart, reqTopic, optStart, optTopic, topicStart, topicPaper } = this;
    let total = 0;
    for (let j = 0; j < n; j++) {
      const d = best[j],
        w = sim[d] ** power;
      total += w;
      for (let i = reqStart[d], e = reqStart[d + 1]; i < e; i++) out[reqTopic[i]] += w;
      for (let i = optStart[d], e = optStart[d + 1]; i < e; i++) out[optTopic[i]] += w * optional;
    }
    if (total > 0) for (let t = 0; t < out.length; t++) out[t] /= total;
    const centroid = new Float64Array(out.length);
    let top = 0;
    for (let t = 0; t < centroid.length; t++) {
      let x = 0; // (its papers' in paper order, as summed paper by paper before)
      for (let i = topicStart[t], e = topicStart[t + 1]; i < e; i++) x += sim[topicPaper[i]];
      centroid[t] = norms[t] > 0 ? x / norms[t] : 0;
      if (centroid[t] > top) top = centroid[t];
    }
    if (top > 0) for (let t = 0; t < centroid.length; t++) centroid[t] /= top;
    sim.fill(0);
    return { vote: out, centroid };
  }

  /** The nearest neighbours of the last query that have `topic` (at most `k`; those with it
   *  required first): the evidence of a topic they voted for, as `neighbour: <arXiv id>`. */
  evidence(topic: number, k: number): string[] {
    const out: string[] = [];
    for (const labels of [this.file.required, this.file.optionals])
      for (let j = 0; j < this.nBest && out.length < k; j++)
        if (labels[this.best[j]].includes(topic)) out.push(this.evidenceOf[this.best[j]]);
    return out;
  }
}

/** A paper the index is built from: its word counts, and (hand-labelled ones) its topics. */
export interface IndexedPaper {
  id: string;
  tf: ReadonlyMap<number, number>;
  required: number[];
  optional: number[];
}

/** The index: IDF from every paper of `all` (words in fewer than 2 or in `maxDf` of them or
 *  more are left out: the common ones say little and were most of the work), the vectors of
 *  the `hand` ones. */
export function buildNeighbours(
  topics: readonly string[],
  all: readonly ReadonlyMap<number, number>[],
  hand: readonly IndexedPaper[],
  o: Pick<NeighbourFile, 'k' | 'power' | 'optional' | 'titleWeight' | 'maxDf'>,
): { file: NeighbourFile; norms: (keep: (paper: number) => boolean) => number[] } {
  const df = new Map<number, number>();
  for (const tf of all) for (const h of tf.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const idf = (h: number) => {
    const n = df.get(h) ?? 0;
    return n < 2 || n >= all.length * o.maxDf ? 0 : Math.log(all.length / n);
  };
  const post = new Map<number, number[]>();
  const vectors: Map<number, number>[] = [];
  hand.forEach((p, d) => {
    const v: [number, number][] = [];
    for (const [h, c] of p.tf) {
      const w = idf(h);
      if (w > 0) v.push([h, (1 + Math.log(c)) * w]);
    }
    const norm = Math.sqrt(v.reduce((a, [, x]) => a + x * x, 0)) || 1;
    vectors.push(new Map(v.map(([h, x]) => [h, x / norm])));
    for (const [h, x] of v) {
      const q = Math.max(1, Math.round((100 * x * idf(h)) / norm));
      (post.get(h) ?? post.set(h, []).get(h)!).push(d, q);
    }
  });
  const terms = [...post.keys()].sort((a, b) => a - b);
  /** per topic, the length of the sum of the vectors of the papers `keep` says yes to that have it */
  const norms = (keep: (paper: number) => boolean) =>
    topics.map((_, t) => {
      const sum = new Map<number, number>();
      hand.forEach((p, d) => {
        if (keep(d) && p.required.includes(t)) for (const [h, x] of vectors[d]) sum.set(h, (sum.get(h) ?? 0) + x);
      });
      let n = 0;
      for (const x of sum.values()) n += x * x;
      return Math.round(Math.sqrt(n) * 1e6) / 1e6;
    });
  const file: NeighbourFile = {
    topics: [...topics],
    ...o,
    papers: hand.map((p) => p.id),
    required: hand.map((p) => p.required),
    optionals: hand.map((p) => p.optional),
    centroidNorms: norms(() => true),
    terms,
    postings: terms.map((h) => post.get(h)!),
  };
  return { file, norms };
}
