// Global transform (pure): per-digest rows → every lake table. Paper de-duplication and
// author identities need the whole history, so they are recomputed here each run.
import type { Row } from '../schema/tables.js';
import { factImage, factTopics, factUrl, type DigestBody, type DigestFacts, type DigestRows, type PaperFact } from './digest.js';
import type { PaperIndex } from '../extract/paperindex.js';
import { ARXIV_ID } from '../extract/parse.js';
import { paperAuthorRows, resolveAuthorLists, type AliasRule, type AuthorList } from './identity.js';

export interface AssembleOptions {
  aliases?: readonly AliasRule[];
  paperIndex?: PaperIndex | null;
}


/** What the generator's index lists that no digest contains, and the reverse, by (date, paper). */
export function reconcile(index: PaperIndex, facts: Iterable<PaperFact>): Row[] {
  const key = (date: string, url: string) => `${date} ${ARXIV_ID.exec(url)?.[1] ?? url.replace(/\/+$/, '')}`;
  const listed = new Map(index.rows.map((r) => [key(r.date, r.url), r]));
  const seen = new Map<string, PaperFact>();
  for (const f of facts) seen.set(key(f.digest_date, factUrl(f)), f);
  const rows: Row[] = [];
  for (const [k, r] of listed) {
    if (!seen.has(k) && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
      rows.push({ digest_date: r.date, status: 'index_only', arxiv_id: ARXIV_ID.exec(r.url)?.[1] ?? null, url: r.url, title: r.title || null, index_path: index.index_path });
    }
  }
  // a digest of a day the index does not cover at all is not a difference, just a longer history
  const days = new Set(index.rows.map((r) => r.date));
  for (const [k, f] of seen) {
    if (!listed.has(k) && days.has(f.digest_date)) rows.push({ digest_date: f.digest_date, status: 'digest_only', arxiv_id: f.arxiv_id, url: factUrl(f), title: f.title, index_path: index.index_path });
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

export function bodyTables(bodies: readonly DigestBody[]): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  tables.set('appearances', bodies.flatMap((d) => d.appearances).sort(cmpRows(['digest_date', 'source_path', 'rank'])));
  tables.set('sections', bodies.flatMap((d) => d.sections).sort(cmpRows(['digest_date', 'arxiv_id', 'position'])));
  tables.set('metrics', bodies.flatMap((d) => d.metrics).sort(cmpRows(['digest_date', 'arxiv_id', 'source_line', 'sentence', 'value'])));
  return tables;
}

/** Where a fact stands in a paper's history: by date, then rank in the digest. */
interface At {
  digest_date: string;
  rank: number;
}

/** What the global tables keep of one paper while the history streams past: positions and the
 *  few values the paper row aggregates, never the fact itself (its title, topics…). */
interface PaperSummary {
  first: At;
  last_seen: string;
  dates: Set<string> | string;
  max_votes: number | null;
  image: (At & { image_url: string; image_kind: string | null; arxiv_id: string }) | null;
  authors: (At & { names: string[]; list_truncated: boolean }) | null;
}

const before = (a: At, b: At) => (a.digest_date < b.digest_date ? true : a.digest_date > b.digest_date ? false : a.rank < b.rank);
const at = (p: PaperFact): At => ({ digest_date: p.digest_date, rank: p.rank });
const imageOf = (p: PaperFact) => ({ ...at(p), image_url: p.image_url!, image_kind: p.image_kind, arxiv_id: p.arxiv_id });
const authorsOf = (p: PaperFact) => ({ ...at(p), names: p.authors!, list_truncated: p.list_truncated });

/**
 * Tables that need the whole history: papers de-duplicated, author identities, topics, …
 * Digests are added one month at a time and only a small summary of each paper is kept; the
 * paper-level rows are then produced month by month from the month's facts again
 * (`parts(load)`), so a long history never sits in memory whole.
 */
export class GlobalTables {
  private digests: Row[] = [];
  private quarantine: Row[] = [];
  private papers = new Map<string, PaperSummary>();
  private listed: PaperFact[] = []; // for reconciliation only
  private months = new Set<string>();

  constructor(private readonly opts: AssembleOptions = {}) {}

  add(digests: Iterable<DigestFacts>): void {
    for (const d of digests) {
      if (d.digest) this.digests.push(d.digest);
      for (const q of d.quarantine) this.quarantine.push(q);
      for (const p of d.papers) {
        if (this.opts.paperIndex) this.listed.push(p);
        const s = this.papers.get(p.arxiv_id);
        if (!s) {
          this.papers.set(p.arxiv_id, { first: at(p), last_seen: p.digest_date, dates: p.digest_date, max_votes: p.votes, image: p.image_url !== null ? imageOf(p) : null, authors: p.authors !== null ? authorsOf(p) : null });
          continue;
        }
        if (before(p, s.first)) s.first = at(p);
        if (p.digest_date > s.last_seen) s.last_seen = p.digest_date;
        if (typeof s.dates === 'string') { if (s.dates !== p.digest_date) s.dates = new Set([s.dates, p.digest_date]); } else s.dates.add(p.digest_date);
        if (p.votes !== null && (s.max_votes === null || p.votes > s.max_votes)) s.max_votes = p.votes;
        if (p.image_url !== null && (s.image === null || before(p, s.image))) s.image = imageOf(p);
        if (p.authors !== null && (s.authors === null || before(p, s.authors))) s.authors = authorsOf(p);
      }
    }
  }

  /** The tables, a partition at a time; `load(month)` gives back the facts of that month's digests. */
  *parts(load: (month: string) => Iterable<DigestFacts>): Generator<[string, Row[]]> {
    yield ['digests', this.digests.sort(cmpRows(['digest_date', 'source_path']))];
    yield ['quarantine', this.quarantine.sort(cmpRows(['source_path', 'line', 'scope', 'reason']))];
    yield ['reconciliation', this.opts.paperIndex ? reconcile(this.opts.paperIndex, this.listed) : []];

    // identities need every list; ordered by paper id so the result does not depend on input order
    const lists = new Map<string, AuthorList>();
    const byMonth = new Map<string, string[]>();
    for (const id of [...this.papers.keys()].sort()) {
      const s = this.papers.get(id)!;
      const month = s.first.digest_date.slice(0, 7);
      (byMonth.get(month) ?? byMonth.set(month, []).get(month)!).push(id);
      if (s.authors) lists.set(id, { arxiv_id: id, names: s.authors.names, list_truncated: s.authors.list_truncated, first_seen: s.first.digest_date, digest_date: s.authors.digest_date });
    }
    const identity = resolveAuthorLists([...lists.values()], this.opts.aliases);
    yield ['authors', identity.authors];

    for (const month of [...byMonth.keys()].sort()) {
      const ids = byMonth.get(month)!;
      // the first appearances of this month's new papers, from the month's facts
      const firsts = new Map<string, PaperFact>();
      for (const d of load(month)) for (const p of d.papers) {
        const s = this.papers.get(p.arxiv_id)!;
        if (p.digest_date === s.first.digest_date && p.rank === s.first.rank && !firsts.has(p.arxiv_id)) firsts.set(p.arxiv_id, p);
      }
      const papers: Row[] = [];
      const topics: Row[] = [];
      for (const id of ids) {
        const s = this.papers.get(id)!;
        const first = firsts.get(id);
        if (!first) throw new Error(`paper ${id}: its first appearance (${s.first.digest_date}) is missing from the facts of ${month}`);
        papers.push({
          arxiv_id: id,
          title: first.title,
          url: factUrl(first),
          image_url: s.image ? factImage(s.image as PaperFact) : null,
          image_kind: s.image?.image_kind ?? null,
          first_seen: first.digest_date,
          last_seen: s.last_seen,
          n_appearances: typeof s.dates === 'string' ? 1 : s.dates.size,
          max_votes: s.max_votes,
          n_authors: s.authors ? s.authors.names.length : null,
          list_truncated: s.authors?.list_truncated ?? false,
        });
        for (const t of factTopics(first)) topics.push({ arxiv_id: id, topic: t.topic, parent: t.parent, evidence: t.evidence, first_seen: first.digest_date });
      }
      yield ['papers', papers];
      yield ['paper_topics', topics];
      yield ['paper_authors', paperAuthorRows(ids.flatMap((id) => lists.get(id) ?? []), identity.idOf)];
    }
  }
}

/** All global tables from facts in memory (tests, small inputs). */
export function* factTableParts(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Generator<[string, Row[]]> {
  const g = new GlobalTables(opts);
  g.add(digests);
  yield* g.parts(() => digests);
}

/** The same tables, collected whole (tests and small inputs). */
export function factTables(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  for (const [name, rows] of factTableParts(digests, opts)) tables.set(name, [...(tables.get(name) ?? []), ...rows]);
  for (const t of ['papers', 'paper_topics', 'paper_authors']) tables.set(t, tables.get(t) ?? []);
  return tables;
}

/** Every table at once (what the transform stage computes piecewise). */
export function assemble(digests: readonly DigestRows[], opts: AssembleOptions = {}): Map<string, Row[]> {
  return new Map([...bodyTables(digests), ...factTables(digests, opts)]);
}
