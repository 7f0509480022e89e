// The transform's wire formats: how a month's facts, a partition's papers and the texts of
// first appearances cross to and from worker threads, sit in the month cache (V8-serialized),
// and are hashed for the cache keys — one array per field, strings packed (packed.ts), dates as
// day numbers. The rules over them (which appearance a paper takes its title from, who is who)
// are in assemble.ts and identity.ts; tests/transform/wire.test.ts round-trips each format.
import type { Hash } from 'node:crypto';
import { dateToDays, daysToDate } from '../schema/arrow.js';
import type { Row } from '../schema/tables.js';
import type { DigestFacts, PaperFact } from './digest.js';
import type { ApiFields, HfOnlyText } from './hf.js';
import { hashPacked, packStrings, stringAt, unpackStrings, type PackedStrings } from './packed.js';
import type { TopicHit } from './topics.js';

export const THUMB_PREFIX = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/';
/** The usual image of a paper, which a batch does not spell out. */
export const thumbUrl = (id: string) => `${THUMB_PREFIX}${id}.png`;

/** An appearance's or a paper's image: none, the paper's usual thumbnail (`thumbUrl`), or
 *  another, whose URL is spelled out. */
export const NO_IMAGE = 0,
  THUMBNAIL = 1,
  OTHER_IMAGE = 2;

/**
 * The facts of some digests as the global tables take them: one array per field, strings
 * packed. A month's facts cross from its worker thread and sit in its cache file in this form —
 * as objects, their copying and garbage were most of the main thread's work in a long history.
 */
export interface FactsBatch {
  /** one per digest: its key, digest row, quarantine rows, and where its appearances end */
  keys: string[];
  digests: (Row | null)[];
  quarantine: Row[][];
  paperEnds: Int32Array;
  /** one per appearance */
  ids: PackedStrings;
  dates: PackedStrings;
  ranks: Int32Array;
  /** NaN: no vote */
  votes: Float64Array;
  titles: PackedStrings;
  urls: PackedStrings;
  /** NO_IMAGE, THUMBNAIL (the paper's usual one) or OTHER_IMAGE, whose URL is in `images` */
  image: Uint8Array;
  images: PackedStrings;
  imageKinds: PackedStrings;
  truncated: Uint8Array;
  /** names in the author list, in turn in `authors`; -1: no list */
  nAuthors: Int32Array;
  authors: PackedStrings;
}

export function factsBatch(keys: readonly string[], facts: readonly DigestFacts[]): FactsBatch {
  const papers = facts.flatMap((f) => f.papers);
  const n = papers.length;
  const b: FactsBatch = {
    keys: [...keys],
    digests: facts.map((f) => f.digest),
    quarantine: facts.map((f) => f.quarantine),
    paperEnds: new Int32Array(facts.length),
    ids: packStrings(papers.map((p) => p.arxiv_id)),
    dates: packStrings(papers.map((p) => p.digest_date)),
    ranks: new Int32Array(n),
    votes: new Float64Array(n),
    titles: packStrings(papers.map((p) => p.title)),
    urls: packStrings(papers.map((p) => p.url)),
    image: new Uint8Array(n),
    images: packStrings(papers.map((p) => (p.image_url !== null && p.image_url !== thumbUrl(p.arxiv_id) ? p.image_url : null))),
    imageKinds: packStrings(papers.map((p) => p.image_kind)),
    truncated: new Uint8Array(n),
    nAuthors: new Int32Array(n),
    authors: packStrings(papers.flatMap((p) => p.authors ?? [])),
  };
  for (let d = 0, at = 0; d < facts.length; d++) b.paperEnds[d] = at += facts[d].papers.length;
  papers.forEach((p, j) => {
    b.ranks[j] = p.rank;
    b.votes[j] = p.votes ?? NaN;
    b.image[j] = p.image_url === null ? NO_IMAGE : p.image_url === thumbUrl(p.arxiv_id) ? THUMBNAIL : OTHER_IMAGE;
    b.truncated[j] = p.list_truncated ? 1 : 0;
    b.nAuthors[j] = p.authors === null ? -1 : p.authors.length;
  });
  return b;
}

/** The appearances of a batch, back as facts (without topics, which travel in the texts) and
 *  the digests' parts: the inverse of `factsBatch`. */
export function batchFacts(b: FactsBatch): {
  keys: string[];
  digests: (Row | null)[];
  quarantine: Row[][];
  papers: Omit<PaperFact, 'topics'>[][];
} {
  const papers: Omit<PaperFact, 'topics'>[][] = [];
  for (let d = 0, j = 0, name = 0; d < b.keys.length; d++) {
    const list: Omit<PaperFact, 'topics'>[] = [];
    for (; j < b.paperEnds[d]; j++) {
      const id = stringAt(b.ids, j)!;
      const m = b.nAuthors[j];
      list.push({
        arxiv_id: id,
        digest_date: stringAt(b.dates, j)!,
        rank: b.ranks[j],
        title: stringAt(b.titles, j)!,
        url: stringAt(b.urls, j)!,
        image_url: b.image[j] === NO_IMAGE ? null : b.image[j] === THUMBNAIL ? thumbUrl(id) : stringAt(b.images, j),
        image_kind: stringAt(b.imageKinds, j),
        votes: Number.isNaN(b.votes[j]) ? null : b.votes[j],
        authors: m < 0 ? null : (unpackStrings(b.authors, name, name + m) as string[]),
        list_truncated: b.truncated[j] === 1,
      });
      name += Math.max(0, m);
    }
    papers.push(list);
  }
  return { keys: [...b.keys], digests: [...b.digests], quarantine: [...b.quarantine], papers };
}

/**
 * The papers of one partition of the paper-level tables (those first seen in its period), one
 * array per field: a partition crosses to a worker thread and is hashed for the cache, and
 * arrays of numbers and strings do both many times faster than an object per paper (at 100×
 * the objects' copying and garbage were a third of the time). Dates are day numbers.
 */
export interface PaperPart {
  part: string;
  /** months of their first appearances: the facts to read */
  months: string[];
  ids: string[];
  firstDay: Int32Array;
  firstRank: Int32Array;
  lastDay: Int32Array;
  /** distinct days listed */
  appearances: Int32Array;
  /** NaN: no vote */
  maxVotes: Float64Array;
  /** NO_IMAGE, THUMBNAIL or OTHER_IMAGE, whose URL is in `imageUrl` */
  image: Uint8Array;
  imageUrl: (string | null)[];
  imageKind: (string | null)[];
  /** names in its earliest author list; -1: no list */
  nNames: Int32Array;
  truncated: Uint8Array;
  /** when there are API files: per paper, 1 when only the API lists it, its API columns (null:
   *  no API file lists it), and (only the API's) its title, URL and topics */
  hf?: { source: Uint8Array; api: (ApiFields | null)[]; texts: (HfOnlyText | null)[] };
}

/** What one partition of paper_authors needs: its papers with an author list, each list's
 *  names in turn, and each name's author_id. */
export interface AuthorPart {
  part: string;
  ids: string[];
  firstDay: Int32Array;
  truncated: Uint8Array;
  nNames: Int32Array;
  names: PackedStrings;
  authorIds: PackedStrings;
}

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Everything a partition's rows depend on, fed to a hash. */
export function hashPaperPart(h: Hash, p: PaperPart): void {
  h.update(`${p.part}\n${p.months.join(',')}\n`);
  for (const xs of [packStrings(p.ids), packStrings(p.imageUrl), packStrings(p.imageKind)]) hashPacked(h, xs);
  for (const a of [p.firstDay, p.firstRank, p.lastDay, p.appearances, p.maxVotes, p.image, p.nNames, p.truncated]) h.update(bytesOf(a));
  if (p.hf) h.update(bytesOf(p.hf.source)).update(JSON.stringify(p.hf.api)).update(JSON.stringify(p.hf.texts));
}

export function hashAuthorPart(h: Hash, p: AuthorPart): void {
  h.update(`${p.part}\n`);
  for (const xs of [packStrings(p.ids), p.names, p.authorIds]) hashPacked(h, xs);
  for (const a of [p.firstDay, p.truncated, p.nNames]) h.update(bytesOf(a));
}

/** What the paper-level rows take from a paper's first appearance, for every appearance of a
 *  month (one array per field). Kept apart from the month's other facts, so writing a
 *  partition of papers reads only these. */
export interface AppearanceTexts {
  ids: string[];
  days: Int32Array;
  ranks: Int32Array;
  titles: string[];
  urls: string[];
  topics: TopicHit[][];
}

export function appearanceTexts(digests: Iterable<DigestFacts>): AppearanceTexts {
  const papers = [...digests].flatMap((d) => d.papers);
  const t: AppearanceTexts = {
    ids: [],
    days: new Int32Array(papers.length),
    ranks: new Int32Array(papers.length),
    titles: [],
    urls: [],
    topics: [],
  };
  papers.forEach((f, k) => {
    t.ids.push(f.arxiv_id);
    t.days[k] = dateToDays(f.digest_date);
    t.ranks[k] = f.rank;
    t.titles.push(f.title);
    t.urls.push(f.url);
    t.topics.push(f.topics);
  });
  return t;
}

/** The texts back as appearances (what `appearanceTexts` took of each). */
export function textsFacts(t: AppearanceTexts): Pick<PaperFact, 'arxiv_id' | 'digest_date' | 'rank' | 'title' | 'url' | 'topics'>[] {
  return t.ids.map((id, k) => ({
    arxiv_id: id,
    digest_date: daysToDate(t.days[k]),
    rank: t.ranks[k],
    title: t.titles[k],
    url: t.urls[k],
    topics: t.topics[k],
  }));
}
