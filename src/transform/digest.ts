// Per-digest transform (pure): one RawDigest → its rows. Cached by the staged digest's key, so
// only new or changed digests pay for it.
import type { RawDigest, RawPaper } from '../staging/records.js';
import type { Row } from '../schema/tables.js';
import type { TopicHit } from './topics.js';

export interface PaperFact {
  arxiv_id: string;
  digest_date: string;
  rank: number;
  title: string;
  url: string;
  image_url: string | null;
  image_kind: string | null;
  votes: number | null;
  authors: string[] | null;
  list_truncated: boolean;
  /** topics of this appearance; the paper takes those of its first appearance */
  topics: TopicHit[];
}

/** The small part of a digest's rows: what the global tables (papers, authors…) need. */
export interface DigestFacts {
  digest: Row | null;
  quarantine: Row[];
  papers: PaperFact[];
  /** months (YYYY-MM) its body rows fall in */
  months: string[];
}

/** The large part: rows of the date-partitioned tables, rebuilt one month at a time. */
export interface DigestBody {
  appearances: Row[];
  sections: Row[];
  metrics: Row[];
}

export type DigestRows = DigestFacts & DigestBody;

export interface DigestTransformers {
  metrics?: (p: RawPaper) => Row[];
  topics?: (p: RawPaper) => TopicHit[];
}

export function transformDigest(raw: RawDigest, fx: DigestTransformers = {}): DigestRows {
  const out: DigestRows = { digest: null, appearances: [], sections: [], metrics: [], quarantine: [], papers: [], months: [] };
  for (const i of raw.issues) {
    out.quarantine.push({
      source_path: raw.source_path,
      digest_date: raw.digest_date,
      line: i.line,
      scope: i.scope,
      reason: i.reason,
      raw_text: i.raw_text,
    });
  }
  for (const p of raw.papers) {
    out.appearances.push({
      digest_date: p.digest_date,
      arxiv_id: p.arxiv_id,
      rank: p.rank,
      title: p.title,
      votes: p.votes,
      source_path: raw.source_path,
      source_line: p.line,
    });
    p.sections.forEach((s, i) => {
      out.sections.push({
        digest_date: p.digest_date,
        arxiv_id: p.arxiv_id,
        position: i + 1,
        kind: s.kind,
        heading: s.heading,
        text: s.text,
        source_line: s.line,
      });
    });
    if (fx.metrics) out.metrics.push(...fx.metrics(p));
    out.papers.push({
      arxiv_id: p.arxiv_id,
      digest_date: p.digest_date,
      rank: p.rank,
      title: p.title,
      url: p.url,
      image_url: p.image_url,
      image_kind: p.image_kind,
      votes: p.votes,
      authors: p.authors_raw === null ? null : p.authors,
      list_truncated: p.list_truncated,
      topics: fx.topics ? fx.topics(p) : [],
    });
  }
  out.months = [...new Set(raw.papers.map((p) => p.digest_date.slice(0, 7)))].sort();
  if (raw.digest_date) {
    out.digest = {
      digest_date: raw.digest_date,
      source_path: raw.source_path,
      content_sha256: raw.content_sha256,
      format: raw.format,
      n_headings: raw.n_headings,
      n_papers: raw.papers.length,
      n_quarantined: raw.issues.filter((i) => i.scope === 'entry').length,
      n_missing_votes: raw.papers.filter((p) => p.votes === null).length,
      n_truncated_author_lists: raw.papers.filter((p) => p.list_truncated).length,
    };
  }
  return out;
}
