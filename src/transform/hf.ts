// The API files' part of the lake (pure): api/daily_papers days → vote observations, the
// paper-level API columns, and, for papers no digest lists, first-class papers with topics and
// metrics read from the English abstract. A paper a digest lists keeps every digest-derived
// column as the digests make it: the API only adds its own columns and vote observations.
import type { HfItem, RawHfDay } from '../staging/records.js';
import type { RawPaper, RawSection } from '../staging/records.js';
import type { Row } from '../schema/tables.js';
import type { DigestFacts, PaperFact } from './digest.js';
import type { HfUser } from './identity.js';
import { authorKey } from './names.js';
import type { TopicHit } from './topics.js';

/** The paper-level API columns of one paper, from the latest API file listing it (a field the
 *  latest file lacks is taken from the one before that has it): `HfItem`'s fields, and its first day and upvotes. */
export type ApiFields = { hf_first_seen: string; hf_upvotes: number | null } & Pick<
  HfItem,
  | 'abstract'
  | 'ai_summary'
  | 'ai_keywords'
  | 'github_repo'
  | 'github_stars'
  | 'project_page'
  | 'num_comments'
  | 'published_on'
  | 'submitted_on'
>;
export const API_COLUMNS = [
  'hf_first_seen',
  'hf_upvotes',
  'abstract',
  'ai_summary',
  'ai_keywords',
  'github_repo',
  'github_stars',
  'project_page',
  'num_comments',
  'published_on',
  'submitted_on',
] as const;

/** What a paper no digest lists takes from its first API appearance. */
export interface HfOnlyText {
  title: string;
  url: string;
  topics: TopicHit[];
}

export interface HfTransformers {
  topics: (title: string, sections: readonly Pick<RawSection, 'kind' | 'text'>[]) => TopicHit[];
  metrics: (p: RawPaper) => Row[];
}

export interface HfTables {
  /** one per API file: the papers no digest lists (for the global tables), and its quarantine */
  facts: DigestFacts[];
  api: Map<string, ApiFields>;
  only: Map<string, HfOnlyText>;
  votes: Row[];
  metrics: Row[];
  /** paper → name key → the Hugging Face user the latest API file names for it */
  users: Map<string, Map<string, HfUser>>;
}

export const arxivUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** The abstract as a summary section (line 0: an API file has no lines). */
const abstractSections = (it: HfItem): RawSection[] =>
  it.abstract ? [{ kind: 'summary', heading: null, text: it.abstract, line: 0, end: 0 }] : [];

function rawPaper(it: HfItem, date: string): RawPaper {
  return {
    digest_date: date,
    rank: it.item + 1,
    line: 0,
    title: it.title,
    url: arxivUrl(it.arxiv_id),
    arxiv_id: it.arxiv_id,
    image_url: it.thumbnail,
    image_kind: it.thumbnail ? 'thumbnail' : null,
    media_lines: [],
    votes: it.upvotes,
    vote_line: null,
    authors_raw: it.authors.length ? it.authors.map((a) => a.name).join(', ') : null,
    authors_line: null,
    authors: [...new Set(it.authors.map((a) => a.name))],
    list_truncated: false,
    sections: abstractSections(it),
  };
}

/**
 * `isDigestPaper` says which papers the digests list. Days are taken in date order, so "first"
 * and "latest" do not depend on the order of the files.
 */
export function hfTables(daysIn: readonly RawHfDay[], isDigestPaper: (id: string) => boolean, fx: HfTransformers): HfTables {
  const days = [...daysIn].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: HfTables = { facts: [], api: new Map(), only: new Map(), votes: [], metrics: [], users: new Map() };
  for (const day of days) {
    const quarantine: Row[] = day.issues.map((i) => ({
      source_path: day.source_path,
      digest_date: day.date,
      line: 0,
      item: i.item,
      scope: i.scope,
      reason: i.reason,
      raw_text: i.raw_text,
    }));
    // fields the schema does not name: ignored, and counted where the data-quality report reads
    for (const [path, n] of Object.entries(day.unknown).sort()) {
      quarantine.push({
        source_path: day.source_path,
        digest_date: day.date,
        line: 0,
        item: null,
        scope: 'field',
        reason: `unknown field ignored: ${path} (${n} item${n === 1 ? '' : 's'})`,
        raw_text: path,
      });
    }
    const papers: PaperFact[] = [];
    for (const it of day.items) {
      const id = it.arxiv_id;
      if (it.upvotes !== null)
        out.votes.push({ observed_on: day.date, arxiv_id: id, source: 'hf', votes: it.upvotes, source_path: day.source_path });
      const prev = out.api.get(id);
      const pick = <T>(v: T | null, old: T | null | undefined): T | null => v ?? old ?? null;
      out.api.set(id, {
        hf_first_seen: prev?.hf_first_seen ?? day.date,
        hf_upvotes: pick(it.upvotes, prev?.hf_upvotes),
        abstract: pick(it.abstract, prev?.abstract),
        ai_summary: pick(it.ai_summary, prev?.ai_summary),
        ai_keywords: pick(it.ai_keywords, prev?.ai_keywords),
        github_repo: pick(it.github_repo, prev?.github_repo),
        github_stars: pick(it.github_stars, prev?.github_stars),
        project_page: pick(it.project_page, prev?.project_page),
        num_comments: pick(it.num_comments, prev?.num_comments),
        published_on: pick(it.published_on, prev?.published_on),
        submitted_on: pick(it.submitted_on, prev?.submitted_on),
      });
      for (const a of it.authors) {
        if (!a.user_id) continue;
        const m = out.users.get(id) ?? out.users.set(id, new Map()).get(id)!;
        m.set(authorKey(a.name), { id: a.user_id, handle: a.user ?? a.user_id });
      }
      if (isDigestPaper(id)) continue;
      const raw = rawPaper(it, day.date);
      if (!out.only.has(id)) {
        // read once, from its first appearance, as a digest paper's topics are
        const topics = fx.topics(it.title, raw.sections);
        out.only.set(id, { title: it.title, url: raw.url, topics });
        out.metrics.push(...fx.metrics(raw).map((m) => ({ ...m, source_line: 0 })));
      }
      papers.push({
        arxiv_id: id,
        digest_date: day.date,
        rank: raw.rank,
        title: raw.title,
        url: raw.url,
        image_url: raw.image_url,
        image_kind: raw.image_kind,
        votes: raw.votes,
        authors: raw.authors_raw === null ? null : raw.authors,
        list_truncated: false,
        topics: out.only.get(id)!.topics,
      });
    }
    out.facts.push({ digest: null, quarantine, papers, months: [] });
  }
  return out;
}
