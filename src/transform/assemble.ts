// Global transform (pure): the rules over the whole history — papers de-duplicated (a paper is
// first seen at its earliest (day, rank) and takes that appearance's title, URL and topics; its
// image and author list are the earliest it has), author identities, reconciliation with the
// generator's index — and the rows of each table. The formats the facts travel in are wire.ts.
import { dateToDays, daysToDate, type Columns } from '../schema/arrow.js';
import type { Row } from '../schema/tables.js';
import { partitionName } from '../schema/tables.js';
import { ARXIV_ID } from '../formats.js';
import type { PaperIndex } from '../staging/extract.js';
import type { DigestBody, DigestFacts, PaperFact } from './digest.js';
import { API_COLUMNS, type ApiFields, type HfOnlyText } from './hf.js';
import { paperAuthorColumns, paperAuthorsInto, resolveAuthorLists, type AliasRule, type AuthorList, type HfUser } from './identity.js';
import { authorKey } from './names.js';
import { detached, packStrings, stringAt, unpackStrings } from './packed.js';
import type { TopicHit } from './topics.js';
import {
  factsBatch,
  NO_IMAGE,
  OTHER_IMAGE,
  THUMBNAIL,
  thumbUrl,
  type AppearanceTexts,
  type AuthorPart,
  type FactsBatch,
  type PaperPart,
} from './wire.js';

export interface AssembleOptions {
  aliases?: readonly AliasRule[];
  paperIndex?: PaperIndex | null;
}

/** What the generator's index lists that no digest contains, and the reverse, by (date, paper). */
export function reconcile(index: PaperIndex, facts: Iterable<Pick<PaperFact, 'digest_date' | 'arxiv_id' | 'url' | 'title'>>): Row[] {
  const key = (date: string, url: string) => `${date} ${ARXIV_ID.exec(url)?.[1] ?? url.replace(/\/+$/, '')}`;
  const listed = new Map(index.rows.map((r) => [key(r.date, r.url), r]));
  const seen = new Map<string, Pick<PaperFact, 'digest_date' | 'arxiv_id' | 'url' | 'title'>>();
  for (const f of facts) seen.set(key(f.digest_date, f.url), f);
  const rows: Row[] = [];
  for (const [k, r] of listed) {
    if (!seen.has(k) && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
      rows.push({
        digest_date: r.date,
        status: 'index_only',
        arxiv_id: ARXIV_ID.exec(r.url)?.[1] ?? null,
        url: r.url,
        title: r.title || null,
        index_path: index.index_path,
      });
    }
  }
  // a digest of a day the index does not cover at all is not a difference, just a longer history
  const days = new Set(index.rows.map((r) => r.date));
  for (const [k, f] of seen) {
    if (!listed.has(k) && days.has(f.digest_date))
      rows.push({
        digest_date: f.digest_date,
        status: 'digest_only',
        arxiv_id: f.arxiv_id,
        url: f.url,
        title: f.title,
        index_path: index.index_path,
      });
  }
  return rows.sort(cmpRows(['digest_date', 'status', 'url']));
}

function cmpRows(keys: string[]) {
  return (a: Row, b: Row) => {
    for (const k of keys) {
      const x = a[k] as string | number,
        y = b[k] as string | number;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Tables whose rows come from one digest's body and are partitioned by its date. */
export const BODY_TABLES = ['appearances', 'sections', 'metrics', 'votes'] as const;

/** Tables with a row per paper (or per paper and topic, author), partitioned by first appearance. */
export const PAPER_TABLES = ['papers', 'paper_topics', 'paper_authors'] as const;

export function bodyTables(bodies: readonly DigestBody[]): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  tables.set('appearances', bodies.flatMap((d) => d.appearances).sort(cmpRows(['digest_date', 'source_path', 'rank'])));
  tables.set('sections', bodies.flatMap((d) => d.sections).sort(cmpRows(['digest_date', 'arxiv_id', 'position'])));
  tables.set('metrics', bodies.flatMap((d) => d.metrics).sort(cmpRows(['digest_date', 'arxiv_id', 'source_line', 'sentence', 'value'])));
  // a digest's vote is an observation of the paper's votes on that day (the API's are added
  // beside them, so the history of both survives)
  tables.set(
    'votes',
    tables
      .get('appearances')!
      .filter((a) => a.votes !== null)
      .map((a) => ({ observed_on: a.digest_date, arxiv_id: a.arxiv_id, source: 'digest', votes: a.votes, source_path: a.source_path })),
  );
  return tables;
}

/** (day, rank) before (day2, rank2), or nothing yet at the second place (day2 < 0) */
const earlier = (day: number, rank: number, day2: number, rank2: number) => day2 < 0 || day < day2 || (day === day2 && rank < rank2);

/**
 * What the global tables keep of each paper while the history streams past: where it was first
 * and last seen, its best vote, where its image and author list come from. Held as columns of
 * numbers (dates as day numbers) rather than an object per paper: 435k papers took 370 MB as
 * objects, a third of that as columns. A paper's place in history is (day, rank in the digest).
 */
class PaperSummaries {
  readonly row = new Map<string, number>();
  readonly ids: string[] = [];
  readonly firstDay: number[] = [];
  readonly firstRank: number[] = [];
  readonly lastDay: number[] = [];
  /** the dates of a paper seen on more than one day */
  readonly dates = new Map<number, Set<number>>();
  readonly maxVotes: (number | null)[] = [];
  readonly imageDay: number[] = []; // -1: no image
  readonly imageRank: number[] = [];
  readonly imageUrl: (string | null)[] = []; // null: the usual thumbnail of the paper
  readonly imageKind: (string | null)[] = [];
  readonly authorsDay: number[] = []; // -1: no author list
  readonly authorsRank: number[] = [];
  readonly names: (string[] | null)[] = [];
  readonly truncated: boolean[] = [];
  private dayName = new Map<number, string>();

  day(date: string): number {
    const d = dateToDays(date);
    if (!this.dayName.has(d)) this.dayName.set(d, date);
    return d;
  }

  date(day: number): string {
    return this.dayName.get(day)!;
  }

  /** Appearance j of a batch (its names start at `name` in the batch's authors). */
  add(b: FactsBatch, j: number, id: string, date: string, name: number, intern: (s: string) => string): void {
    const d = this.day(date);
    const r = b.ranks[j];
    const votes = Number.isNaN(b.votes[j]) ? null : b.votes[j];
    let i = this.row.get(id);
    if (i === undefined) {
      i = this.ids.length;
      id = detached(id);
      this.row.set(id, i);
      this.ids.push(id);
      this.firstDay.push(d);
      this.firstRank.push(r);
      this.lastDay.push(d);
      this.maxVotes.push(votes);
      this.imageDay.push(-1);
      this.imageRank.push(0);
      this.imageUrl.push(null);
      this.imageKind.push(null);
      this.authorsDay.push(-1);
      this.authorsRank.push(0);
      this.names.push(null);
      this.truncated.push(false);
    } else {
      if (d < this.firstDay[i] || (d === this.firstDay[i] && r < this.firstRank[i])) {
        this.firstDay[i] = d;
        this.firstRank[i] = r;
      }
      if (d > this.lastDay[i]) this.lastDay[i] = d;
      const ds = this.dates.get(i);
      if (ds) ds.add(d);
      else if (d !== this.firstDay[i] || d !== this.lastDay[i]) this.dates.set(i, new Set([this.firstDay[i], this.lastDay[i], d]));
      const v = this.maxVotes[i];
      if (votes !== null && (v === null || votes > v)) this.maxVotes[i] = votes;
    }
    if (b.image[j] !== NO_IMAGE && earlier(d, r, this.imageDay[i], this.imageRank[i])) {
      this.imageDay[i] = d;
      this.imageRank[i] = r;
      this.imageUrl[i] = b.image[j] === THUMBNAIL ? null : detached(stringAt(b.images, j)!);
      const kind = stringAt(b.imageKinds, j);
      this.imageKind[i] = kind === null ? null : intern(kind);
    }
    const m = b.nAuthors[j];
    if (m >= 0 && earlier(d, r, this.authorsDay[i], this.authorsRank[i])) {
      this.authorsDay[i] = d;
      this.authorsRank[i] = r;
      const names = new Array<string>(m);
      for (let k = 0; k < m; k++) names[k] = intern(stringAt(b.authors, name + k)!);
      this.names[i] = names;
      this.truncated[i] = b.truncated[j] === 1;
    }
  }

  /** distinct days the paper was listed on */
  appearances(i: number): number {
    return this.dates.get(i)?.size ?? 1;
  }
}

/** What reconciliation needs of each appearance, when there is an index to reconcile with. */
type Listed = Pick<PaperFact, 'digest_date' | 'arxiv_id' | 'url' | 'title'>;

/**
 * Tables that need the whole history: papers de-duplicated, author identities, topics, …
 * Digests are added one month at a time and only a small summary of each paper is kept; the
 * paper-level rows are then produced a partition at a time from the cached facts of its months
 * (`finish`, `paperPartRows`), so a long history never sits in memory whole.
 */
export class GlobalTables {
  private digests: Row[] = [];
  private quarantine: Row[] = [];
  private papers = new PaperSummaries();
  private listed: Listed[] = [];
  // names repeat across thousands of papers: keep one copy of each
  private strings = new Map<string, string>();

  private hf: { api: Map<string, ApiFields>; only: Map<string, HfOnlyText>; users: Map<string, Map<string, HfUser>> } | null = null;

  constructor(private readonly opts: AssembleOptions = {}) {}

  /** Does a digest (or an added API day) list this paper? */
  hasPaper(id: string): boolean {
    return this.papers.row.has(id);
  }

  /** The API's paper-level columns, and the papers only the API lists (added with `addBatch`
   *  as facts of their days): call before `finish`. */
  setHf(api: Map<string, ApiFields>, only: Map<string, HfOnlyText>, users: Map<string, Map<string, HfUser>> = new Map()): void {
    this.hf = { api, only, users };
  }

  private intern = (x: string): string => {
    const y = this.strings.get(x);
    if (y !== undefined) return y;
    const kept = detached(x);
    this.strings.set(kept, kept);
    return kept;
  };

  add(digests: Iterable<DigestFacts>): void {
    const list = [...digests];
    this.addBatch(
      factsBatch(
        list.map(() => ''),
        list,
      ),
    );
  }

  /** A batch's digests, but for those whose key is in `seen` (which takes the others' keys):
   *  a digest with entries in two months is in both months' batches. */
  addBatch(b: FactsBatch, seen?: Set<string>): void {
    for (let d = 0, j = 0, name = 0; d < b.keys.length; d++) {
      const end = b.paperEnds[d];
      if (seen?.has(b.keys[d])) {
        for (; j < end; j++) name += Math.max(0, b.nAuthors[j]);
        continue;
      }
      seen?.add(b.keys[d]);
      const digest = b.digests[d];
      if (digest) this.digests.push(digest);
      for (const q of b.quarantine[d]) this.quarantine.push(q);
      for (; j < end; j++) {
        const id = stringAt(b.ids, j)!,
          date = stringAt(b.dates, j)!;
        if (this.opts.paperIndex)
          this.listed.push({
            digest_date: date,
            arxiv_id: detached(id),
            url: detached(stringAt(b.urls, j)!),
            title: detached(stringAt(b.titles, j)!),
          });
        this.papers.add(b, j, id, date, name, this.intern);
        name += Math.max(0, b.nAuthors[j]);
      }
    }
  }

  /** The tables computed whole (digests, quarantine, reconciliation); then, one partition at a
   *  time, the papers first seen in it, which `paperPartColumns` turns into that partition's
   *  papers and paper_topics; and `authors()`: identities resolved over every author list (the
   *  authors table), and per partition what paper_authors needs. Papers need no identities, so
   *  their partitions can be written while the identities are being resolved. */
  finish(): { tables: [string, Row[]][]; papers: Iterable<PaperPart>; authors: () => { table: Row[]; parts: Iterable<AuthorPart> } } {
    const tables: [string, Row[]][] = [
      ['digests', this.digests.sort(cmpRows(['digest_date', 'source_path']))],
      ['quarantine', this.quarantine.sort(cmpRows(['source_path', 'line', 'item', 'scope', 'reason']))],
      ['reconciliation', this.opts.paperIndex ? reconcile(this.opts.paperIndex, this.listed) : []],
    ];
    this.listed = [];

    // ordered by paper id, so the result does not depend on input order
    const S = this.papers;
    const order = [...S.ids].sort();
    // papers, paper_topics and paper_authors share their partitions (by first appearance)
    const byPart = new Map<string, number[]>();
    for (const id of order) {
      const i = S.row.get(id)!;
      const part = partitionName(S.date(S.firstDay[i]));
      (byPart.get(part) ?? byPart.set(part, []).get(part)!).push(i);
    }
    const partNames = [...byPart.keys()].sort();

    const hf = this.hf;
    // made one partition at a time, when asked for: all of them at once took 130 MB at 100×
    function* papers(): Generator<PaperPart> {
      for (const part of partNames) {
        const rows = byPart.get(part)!;
        const n = rows.length;
        const p: PaperPart = {
          part,
          months: [],
          ids: new Array<string>(n),
          firstDay: new Int32Array(n),
          firstRank: new Int32Array(n),
          lastDay: new Int32Array(n),
          appearances: new Int32Array(n),
          maxVotes: new Float64Array(n),
          image: new Uint8Array(n),
          imageUrl: new Array<string | null>(n),
          imageKind: new Array<string | null>(n),
          nNames: new Int32Array(n),
          truncated: new Uint8Array(n),
        };
        const months = new Set<string>();
        if (hf) p.hf = { source: new Uint8Array(n), api: new Array<ApiFields | null>(n), texts: new Array<HfOnlyText | null>(n) };
        for (let k = 0; k < n; k++) {
          const i = rows[k];
          p.ids[k] = S.ids[i];
          p.firstDay[k] = S.firstDay[i];
          p.firstRank[k] = S.firstRank[i];
          p.lastDay[k] = S.lastDay[i];
          const only = hf?.only.get(S.ids[i]);
          if (hf) {
            p.hf!.source[k] = only ? 1 : 0;
            p.hf!.api[k] = hf.api.get(S.ids[i]) ?? null;
            p.hf!.texts[k] = only ?? null;
          }
          // a paper only the API lists has no digest month to read its first appearance from
          if (!only) months.add(S.date(S.firstDay[i]).slice(0, 7));
          p.appearances[k] = S.appearances(i);
          p.maxVotes[k] = S.maxVotes[i] ?? NaN;
          p.image[k] = S.imageDay[i] < 0 ? NO_IMAGE : S.imageUrl[i] === null ? THUMBNAIL : OTHER_IMAGE;
          p.imageUrl[k] = S.imageDay[i] < 0 ? null : S.imageUrl[i];
          p.imageKind[k] = S.imageDay[i] < 0 ? null : S.imageKind[i];
          p.nNames[k] = S.names[i]?.length ?? -1;
          p.truncated[k] = S.truncated[i] ? 1 : 0;
        }
        p.months = [...months].sort();
        yield p;
      }
    }

    // the Hugging Face user an API file names for each name of a paper's list: by name key
    // within the paper, so a digest's spelling of a claimed author finds its user too
    const usersOf = (id: string, names: readonly string[]): (HfUser | null)[] | undefined => {
      const ev = hf?.users.get(id);
      return ev && names.map((n) => ev.get(authorKey(n)) ?? null);
    };
    const authors = () => {
      const lists: AuthorList[] = [];
      for (const id of order) {
        const i = S.row.get(id)!;
        const names = S.names[i];
        if (names)
          lists.push({
            arxiv_id: id,
            names,
            list_truncated: S.truncated[i],
            first_seen: S.date(S.firstDay[i]),
            digest_date: S.date(S.authorsDay[i]),
            users: usersOf(id, names),
          });
      }
      const identity = resolveAuthorLists(lists, this.opts.aliases);
      function* parts(): Generator<AuthorPart> {
        for (const part of partNames) {
          const rows = byPart.get(part)!.filter((i) => S.names[i] !== null);
          const n = rows.length;
          const p: AuthorPart = {
            part,
            ids: new Array<string>(n),
            firstDay: new Int32Array(n),
            truncated: new Uint8Array(n),
            nNames: new Int32Array(n),
            names: packStrings([]),
            authorIds: packStrings([]),
          };
          const names: string[] = [],
            ids: string[] = [];
          for (let k = 0; k < n; k++) {
            const i = rows[k];
            const list = S.names[i]!;
            p.ids[k] = S.ids[i];
            p.firstDay[k] = S.firstDay[i];
            p.truncated[k] = S.truncated[i] ? 1 : 0;
            p.nNames[k] = list.length;
            const users = usersOf(S.ids[i], list);
            list.forEach((name, j) => {
              names.push(name);
              ids.push(identity.idOf(name, users?.[j])!);
            });
          }
          p.names = packStrings(names);
          p.authorIds = packStrings(ids);
          yield p;
        }
      }
      return { table: identity.authors, parts: parts() };
    };
    return { tables, papers: papers(), authors };
  }
}

/** papers and paper_topics of one partition's papers, as columns, their first appearances
 *  taken from the texts of those months (pure: runs on a worker thread when there is much to
 *  do). */
export function paperPartColumns(job: PaperPart, texts: Iterable<AppearanceTexts>): [string, Columns][] {
  const n = job.ids.length;
  const at = new Map<string, number>();
  job.ids.forEach((id, k) => at.set(id, k));
  const title = new Array<string>(n),
    url = new Array<string>(n),
    topicsOf = new Array<TopicHit[]>(n);
  let found = 0;
  for (let k = 0; k < n; k++) {
    const only = job.hf?.texts[k];
    if (only) {
      title[k] = only.title;
      url[k] = only.url;
      topicsOf[k] = only.topics;
      found++;
    }
  }
  for (const t of texts) {
    for (let j = 0; j < t.ids.length; j++) {
      const k = at.get(t.ids[j]);
      if (k === undefined || title[k] !== undefined || t.days[j] !== job.firstDay[k] || t.ranks[j] !== job.firstRank[k]) continue;
      title[k] = t.titles[j];
      url[k] = t.urls[j];
      topicsOf[k] = t.topics[j];
      found++;
    }
  }
  if (found < n) {
    const missing = title.findIndex((x) => x === undefined);
    throw new Error(
      `paper ${job.ids[missing]}: its first appearance (${daysToDate(job.firstDay[missing])}) is missing from the facts of ${job.months.join(', ')}`,
    );
  }
  const maxVotes = Array.from(job.maxVotes, (v) => (Number.isNaN(v) ? null : v));
  const nAuthors = Array.from(job.nNames, (v) => (v < 0 ? null : v));
  const imageUrl = job.ids.map((id, k) => (job.image[k] === NO_IMAGE ? null : job.image[k] === THUMBNAIL ? thumbUrl(id) : job.imageUrl[k]));
  const papers: Columns = {
    length: n,
    values: {
      arxiv_id: job.ids,
      title,
      url,
      image_url: imageUrl,
      image_kind: job.imageKind,
      first_seen: job.firstDay,
      last_seen: job.lastDay,
      n_appearances: job.appearances,
      max_votes: maxVotes,
      n_authors: nAuthors,
      list_truncated: job.truncated,
      source: Array.from({ length: n }, (_, k) => (job.hf?.source[k] ? 'hf' : 'digest')),
    },
  };
  for (const col of API_COLUMNS) papers.values[col] = Array.from({ length: n }, (_, k) => job.hf?.api[k]?.[col] ?? null);
  const topics = {
    arxiv_id: [] as string[],
    topic: [] as string[],
    parent: [] as (string | null)[],
    evidence: [] as string[][],
    score: [] as (number | null)[],
    first_seen: [] as number[],
  };
  for (let k = 0; k < n; k++) {
    const id = job.ids[k];
    for (const t of topicsOf[k]) {
      topics.arxiv_id.push(id);
      topics.topic.push(t.topic);
      topics.parent.push(t.parent);
      topics.evidence.push(t.evidence);
      topics.score.push(t.score);
      topics.first_seen.push(job.firstDay[k]);
    }
  }
  return [
    ['papers', papers],
    ['paper_topics', { length: topics.arxiv_id.length, values: topics }],
  ];
}

/** paper_authors of one partition, as columns (pure: runs on a worker thread when there is
 *  much to do). */
export function authorPartColumns(job: AuthorPart): Columns {
  const authors = paperAuthorColumns();
  const names = unpackStrings(job.names) as string[],
    authorIds = unpackStrings(job.authorIds) as string[];
  for (let k = 0, at = 0; k < job.ids.length; k++) {
    const m = job.nNames[k];
    paperAuthorsInto(authors, job.ids[k], names, authorIds, at, m, job.truncated[k] === 1, job.firstDay[k]);
    at += m;
  }
  return { length: authors.arxiv_id.length, values: authors };
}
