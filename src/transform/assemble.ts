// Global transform (pure): per-digest rows → every lake table. Paper de-duplication and
// author identities need the whole history, so they are recomputed here each run.
import type { Row } from '../schema/tables.js';
import { dateToDays } from '../schema/arrow.js';
import { partitionName, tableDef } from '../schema/tables.js';
import type { DigestBody, DigestFacts, DigestRows, PaperFact } from './digest.js';
import type { PaperIndex } from '../extract/paperindex.js';
import { ARXIV_ID } from '../extract/parse.js';
import { paperAuthorRowsInto, resolveAuthorLists, type AliasRule, type AuthorList } from './identity.js';

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
      rows.push({ digest_date: r.date, status: 'index_only', arxiv_id: ARXIV_ID.exec(r.url)?.[1] ?? null, url: r.url, title: r.title || null, index_path: index.index_path });
    }
  }
  // a digest of a day the index does not cover at all is not a difference, just a longer history
  const days = new Set(index.rows.map((r) => r.date));
  for (const [k, f] of seen) {
    if (!listed.has(k) && days.has(f.digest_date)) rows.push({ digest_date: f.digest_date, status: 'digest_only', arxiv_id: f.arxiv_id, url: f.url, title: f.title, index_path: index.index_path });
  }
  return rows.sort(cmpRows(['digest_date', 'status', 'url']));
}

function cmpRows(keys: string[]) {
  return (a: Row, b: Row) => {
    for (const k of keys) {
      const x = a[k] as string | number, y = b[k] as string | number;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Tables whose rows come from one digest's body and are partitioned by its date. */
export const BODY_TABLES = ['appearances', 'sections', 'metrics'] as const;

/** Tables with a row per paper (or per paper and topic, author), partitioned by first appearance. */
export const PAPER_TABLES = ['papers', 'paper_topics', 'paper_authors'] as const;

export function bodyTables(bodies: readonly DigestBody[]): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  tables.set('appearances', bodies.flatMap((d) => d.appearances).sort(cmpRows(['digest_date', 'source_path', 'rank'])));
  tables.set('sections', bodies.flatMap((d) => d.sections).sort(cmpRows(['digest_date', 'arxiv_id', 'position'])));
  tables.set('metrics', bodies.flatMap((d) => d.metrics).sort(cmpRows(['digest_date', 'arxiv_id', 'source_line', 'sentence', 'value'])));
  return tables;
}

/** (day, rank) before (day2, rank2), or nothing yet at the second place (day2 < 0) */
const earlier = (day: number, rank: number, day2: number, rank2: number) => day2 < 0 || day < day2 || (day === day2 && rank < rank2);

const THUMB_PREFIX = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/';
const thumbUrl = (id: string) => `${THUMB_PREFIX}${id}.png`;

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

  add(p: PaperFact, intern: (s: string) => string): void {
    const d = this.day(p.digest_date);
    const r = p.rank;
    let i = this.row.get(p.arxiv_id);
    if (i === undefined) {
      i = this.ids.length;
      this.row.set(p.arxiv_id, i);
      this.ids.push(p.arxiv_id);
      this.firstDay.push(d); this.firstRank.push(r); this.lastDay.push(d);
      this.maxVotes.push(p.votes);
      this.imageDay.push(-1); this.imageRank.push(0); this.imageUrl.push(null); this.imageKind.push(null);
      this.authorsDay.push(-1); this.authorsRank.push(0); this.names.push(null); this.truncated.push(false);
    } else {
      if (d < this.firstDay[i] || (d === this.firstDay[i] && r < this.firstRank[i])) { this.firstDay[i] = d; this.firstRank[i] = r; }
      if (d > this.lastDay[i]) this.lastDay[i] = d;
      const ds = this.dates.get(i);
      if (ds) ds.add(d);
      else if (d !== this.firstDay[i] || d !== this.lastDay[i]) this.dates.set(i, new Set([this.firstDay[i], this.lastDay[i], d]));
      const v = this.maxVotes[i];
      if (p.votes !== null && (v === null || p.votes > v)) this.maxVotes[i] = p.votes;
    }
    if (p.image_url !== null && earlier(d, r, this.imageDay[i], this.imageRank[i])) {
      this.imageDay[i] = d; this.imageRank[i] = r;
      this.imageUrl[i] = p.image_url === thumbUrl(p.arxiv_id) ? null : p.image_url;
      this.imageKind[i] = p.image_kind === null ? null : intern(p.image_kind);
    }
    if (p.authors !== null && earlier(d, r, this.authorsDay[i], this.authorsRank[i])) {
      this.authorsDay[i] = d; this.authorsRank[i] = r;
      this.names[i] = p.authors.map(intern);
      this.truncated[i] = p.list_truncated;
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

  constructor(private readonly opts: AssembleOptions = {}) {}

  private intern = (x: string): string => {
    const y = this.strings.get(x);
    if (y !== undefined) return y;
    this.strings.set(x, x);
    return x;
  };

  add(digests: Iterable<DigestFacts>): void {
    for (const d of digests) {
      if (d.digest) this.digests.push(d.digest);
      for (const q of d.quarantine) this.quarantine.push(q);
      for (const p of d.papers) {
        if (this.opts.paperIndex) this.listed.push({ digest_date: p.digest_date, arxiv_id: p.arxiv_id, url: p.url, title: p.title });
        this.papers.add(p, this.intern);
      }
    }
  }

  /** The tables computed whole: digests, quarantine, reconciliation and (identities resolved
   *  over every author list) authors; then, one partition at a time, the papers first seen in
   *  it, which `paperPartRows` turns into that partition's papers, paper_topics and
   *  paper_authors. */
  finish(): { tables: [string, Row[]][]; parts: Iterable<PaperPart> } {
    const tables: [string, Row[]][] = [
      ['digests', this.digests.sort(cmpRows(['digest_date', 'source_path']))],
      ['quarantine', this.quarantine.sort(cmpRows(['source_path', 'line', 'scope', 'reason']))],
      ['reconciliation', this.opts.paperIndex ? reconcile(this.opts.paperIndex, this.listed) : []],
    ];
    this.listed = [];

    // identities need every list; ordered by paper id so the result does not depend on input order
    const S = this.papers;
    const lists: AuthorList[] = [];
    const order = [...S.ids].sort();
    for (const id of order) {
      const i = S.row.get(id)!;
      const names = S.names[i];
      if (names) lists.push({ arxiv_id: id, names, list_truncated: S.truncated[i], first_seen: S.date(S.firstDay[i]), digest_date: S.date(S.authorsDay[i]) });
    }
    const identity = resolveAuthorLists(lists, this.opts.aliases);
    tables.push(['authors', identity.authors]);

    // papers, paper_topics and paper_authors share their partitions (by first appearance)
    const papersDef = tableDef('papers');
    const byPart = new Map<string, number[]>();
    for (const id of order) {
      const i = S.row.get(id)!;
      const part = partitionName(papersDef, S.date(S.firstDay[i]));
      (byPart.get(part) ?? byPart.set(part, []).get(part)!).push(i);
    }
    // made one partition at a time, when asked for: all of them at once took 130 MB at 100×
    function* parts(): Generator<PaperPart> {
      for (const part of [...byPart.keys()].sort()) {
        const papers = byPart.get(part)!.map((i): PaperSummary => {
          const id = S.ids[i];
          const names = S.names[i];
          return {
            arxiv_id: id,
            first_seen: S.date(S.firstDay[i]),
            first_rank: S.firstRank[i],
            last_seen: S.date(S.lastDay[i]),
            n_appearances: S.appearances(i),
            max_votes: S.maxVotes[i],
            image_url: S.imageDay[i] < 0 ? null : S.imageUrl[i] ?? thumbUrl(id),
            image_kind: S.imageDay[i] < 0 ? null : S.imageKind[i],
            names,
            author_ids: names ? names.map((n) => identity.idOf(n)!) : null,
            list_truncated: S.truncated[i],
          };
        });
        yield { part, months: [...new Set(papers.map((p) => p.first_seen.slice(0, 7)))].sort(), papers };
      }
    }
    return { tables, parts: parts() };
  }
}

/** What the paper-level rows of one paper need besides its first appearance's fact. */
export interface PaperSummary {
  arxiv_id: string;
  first_seen: string;
  first_rank: number;
  last_seen: string;
  n_appearances: number;
  max_votes: number | null;
  image_url: string | null;
  image_kind: string | null;
  /** the earliest author list, and each name's author_id */
  names: string[] | null;
  author_ids: string[] | null;
  list_truncated: boolean;
}

/** The papers of one partition of the paper-level tables (those first seen in its period). */
export interface PaperPart {
  part: string;
  /** months of their first appearances: the facts to read */
  months: string[];
  papers: PaperSummary[];
}

/** papers, paper_topics and paper_authors rows of one partition's papers, their first
 *  appearances taken from the facts of those months (pure: runs on a worker thread when there
 *  is much to do). */
export function paperPartRows(job: PaperPart, facts: Iterable<DigestFacts>): [string, Row[]][] {
  const wanted = new Map(job.papers.map((p) => [p.arxiv_id, p]));
  const firsts = new Map<string, PaperFact>();
  for (const d of facts) for (const f of d.papers) {
    const s = wanted.get(f.arxiv_id);
    if (s && f.rank === s.first_rank && f.digest_date === s.first_seen && !firsts.has(f.arxiv_id)) firsts.set(f.arxiv_id, f);
  }
  const papers: Row[] = [], topics: Row[] = [], authors: Row[] = [];
  for (const s of job.papers) {
    const first = firsts.get(s.arxiv_id);
    if (!first) throw new Error(`paper ${s.arxiv_id}: its first appearance (${s.first_seen}) is missing from the facts of ${job.months.join(', ')}`);
    papers.push({
      arxiv_id: s.arxiv_id,
      title: first.title,
      url: first.url,
      image_url: s.image_url,
      image_kind: s.image_kind,
      first_seen: s.first_seen,
      last_seen: s.last_seen,
      n_appearances: s.n_appearances,
      max_votes: s.max_votes,
      n_authors: s.names ? s.names.length : null,
      list_truncated: s.list_truncated,
    });
    for (const t of first.topics) topics.push({ arxiv_id: s.arxiv_id, topic: t.topic, parent: t.parent, evidence: t.evidence, first_seen: s.first_seen });
    if (s.names) paperAuthorRowsInto(authors, s.arxiv_id, s.names, s.author_ids!, s.list_truncated, s.first_seen);
  }
  return [['papers', papers], ['paper_topics', topics], ['paper_authors', authors]];
}

/** All global tables from facts in memory (tests, small inputs). */
export function* factTableParts(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Generator<[string, Row[]]> {
  const g = new GlobalTables(opts);
  g.add(digests);
  const { tables, parts } = g.finish();
  yield* tables;
  for (const p of parts) yield* paperPartRows(p, digests);
}

/** The same tables, collected whole (tests and small inputs). */
export function factTables(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const [name, rows] of factTableParts(digests, opts)) tables.set(name, [...(tables.get(name) ?? []), ...rows]);
  for (const t of PAPER_TABLES) tables.set(t, tables.get(t) ?? []);
  return tables;
}

/** Every table at once (what the transform stage computes piecewise). */
export function assemble(digests: readonly DigestRows[], opts: AssembleOptions = {}): Map<string, Row[]> {
  return new Map([...bodyTables(digests), ...factTables(digests, opts)]);
}
