// Global transform (pure): per-digest rows → every lake table. Paper de-duplication and
// author identities need the whole history, so they are recomputed here each run.
import type { Row } from '../schema/tables.js';
import { factImage, factTopics, factUrl, type DigestBody, type DigestFacts, type DigestRows, type PaperFact } from './digest.js';
import type { PaperIndex } from '../extract/paperindex.js';
import { paperAuthorRows, resolveAuthorLists, type AliasRule, type AuthorList } from './identity.js';

export interface AssembleOptions {
  aliases?: readonly AliasRule[];
  paperIndex?: PaperIndex | null;
}

const ARXIV = /(?:arxiv\.org\/(?:abs|pdf)\/|huggingface\.co\/papers\/)(\d{4}\.\d{4,5})/i;

/** What the generator's index lists that no digest contains, and the reverse, by (date, paper). */
export function reconcile(index: PaperIndex, facts: Iterable<PaperFact>): Row[] {
  const key = (date: string, url: string) => `${date} ${ARXIV.exec(url)?.[1] ?? url.replace(/\/+$/, '')}`;
  const listed = new Map(index.rows.map((r) => [key(r.date, r.url), r]));
  const seen = new Map<string, PaperFact>();
  for (const f of facts) seen.set(key(f.digest_date, factUrl(f)), f);
  const rows: Row[] = [];
  for (const [k, r] of listed) {
    if (!seen.has(k) && /^\d{4}-\d{2}-\d{2}$/.test(r.date)) {
      rows.push({ digest_date: r.date, status: 'index_only', arxiv_id: ARXIV.exec(r.url)?.[1] ?? null, url: r.url, title: r.title || null, index_path: index.index_path });
    }
  }
  // a digest of a day the index does not cover at all is not a difference, just a longer history
  const days = new Set(index.rows.map((r) => r.date));
  for (const [k, f] of seen) {
    if (!listed.has(k) && days.has(f.digest_date)) rows.push({ digest_date: f.digest_date, status: 'digest_only', arxiv_id: f.arxiv_id, url: factUrl(f), title: f.title, index_path: index.index_path });
  }
  return rows.sort(cmpRows(['digest_date', 'status', 'url']));
}

const byDateRank = (a: PaperFact, b: PaperFact) =>
  a.digest_date < b.digest_date ? -1 : a.digest_date > b.digest_date ? 1 : a.rank - b.rank;

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

/**
 * Tables that need the whole history: papers de-duplicated, author identities, topics, …
 * Yielded a partition at a time (papers and their rows by month of first appearance), so the
 * caller can stage each and let it go: a long history does not have to fit in memory twice.
 */
export function* factTableParts(digests: readonly DigestFacts[], opts: AssembleOptions = {}): Generator<[string, Row[]]> {
  yield ['digests', digests.flatMap((d) => (d.digest ? [d.digest] : [])).sort(cmpRows(['digest_date', 'source_path']))];
  yield ['quarantine', digests.flatMap((d) => d.quarantine).sort(cmpRows(['source_path', 'line', 'scope', 'reason']))];
  yield ['reconciliation', opts.paperIndex ? reconcile(opts.paperIndex, digests.flatMap((d) => d.papers)) : []];

  // One row per arXiv paper, however many digests list it.
  const facts = new Map<string, PaperFact[]>();
  for (const d of digests) for (const p of d.papers) {
    let l = facts.get(p.arxiv_id);
    if (!l) facts.set(p.arxiv_id, (l = []));
    l.push(p);
  }
  const byMonth = new Map<string, string[]>();
  const lists: AuthorList[] = [];
  const listOf = new Map<string, AuthorList>();
  for (const [id, fs] of facts) {
    fs.sort(byDateRank);
    const month = fs[0].digest_date.slice(0, 7);
    (byMonth.get(month) ?? byMonth.set(month, []).get(month)!).push(id);
    const withAuthors = fs.find((f) => f.authors !== null);
    if (withAuthors) {
      const list = { arxiv_id: id, names: withAuthors.authors!, list_truncated: withAuthors.list_truncated, first_seen: fs[0].digest_date, digest_date: withAuthors.digest_date };
      lists.push(list);
      listOf.set(id, list);
    }
  }
  // identities need every list; ordered by paper id so the result does not depend on input order
  lists.sort((a, b) => (a.arxiv_id < b.arxiv_id ? -1 : 1));
  const identity = resolveAuthorLists(lists, opts.aliases);
  yield ['authors', identity.authors];

  for (const month of [...byMonth.keys()].sort()) {
    const ids = byMonth.get(month)!.sort();
    const papers: Row[] = [];
    const topics: Row[] = [];
    for (const id of ids) {
      const fs = facts.get(id)!;
      const first = fs[0];
      const withAuthors = fs.find((f) => f.authors !== null);
      const image = fs.find((f) => f.image_url !== null);
      let maxVotes: number | null = null;
      for (const f of fs) if (f.votes !== null && (maxVotes === null || f.votes > maxVotes)) maxVotes = f.votes;
      papers.push({
        arxiv_id: id,
        title: first.title,
        url: factUrl(first),
        image_url: image ? factImage(image) : null,
        image_kind: image?.image_kind ?? null,
        first_seen: first.digest_date,
        last_seen: fs[fs.length - 1].digest_date,
        n_appearances: new Set(fs.map((f) => f.digest_date)).size,
        max_votes: maxVotes,
        n_authors: withAuthors ? withAuthors.authors!.length : null,
        list_truncated: withAuthors?.list_truncated ?? false,
      });
      for (const t of factTopics(first)) topics.push({ arxiv_id: id, topic: t.topic, parent: t.parent, evidence: t.evidence, first_seen: first.digest_date });
    }
    yield ['papers', papers];
    yield ['paper_topics', topics];
    yield ['paper_authors', paperAuthorRows(ids.flatMap((id) => listOf.get(id) ?? []), identity.idOf)];
  }
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
