// Raw records: what a digest or an API file says, with provenance, before any normalisation —
// what extract stages (packs of RawDigest, the API days) and transform reads.

import type { DigestFormat } from '../schema/tables.js';

export type ImageKind = 'thumbnail' | 'upload' | 'video' | 'avatar' | 'other';
export type SectionKind = 'whats_new' | 'technical_details' | 'performance_highlights' | 'other' | 'summary';
export type IssueScope = 'entry' | 'file' | 'field';

export interface RawSection {
  kind: SectionKind;
  heading: string | null;
  text: string;
  /** first line (the bullet), 1-based */
  line: number;
  /** last line, 1-based: every non-blank line from `line` to `end` is part of this section */
  end: number;
}

/**
 * Every non-blank line of a loaded entry after its heading is in exactly one place: `vote_line`,
 * `authors_line`, `media_lines`, a section's `line`…`end`, or a `field` issue at that line.
 */
export interface RawPaper {
  digest_date: string;
  rank: number;
  line: number;
  title: string;
  url: string;
  arxiv_id: string;
  image_url: string | null;
  image_kind: ImageKind | null;
  /** lines that gave the media (an image, a video link and its `<video>` embed, their wrapper tags) */
  media_lines: number[];
  /** NULL when there is no `Vote:` line or it says `-`. */
  votes: number | null;
  /** the `Vote:` line read into `votes` (also for `-`); NULL when none was */
  vote_line: number | null;
  /** `Authors:` value as written; NULL when the entry has none. */
  authors_raw: string | null;
  authors_line: number | null;
  /** De-duplicated names in order, without the `+` marker. */
  authors: string[];
  list_truncated: boolean;
  sections: RawSection[];
}

export interface Issue {
  scope: IssueScope;
  line: number;
  reason: string;
  raw_text: string;
}

export interface RawDigest {
  source_path: string;
  content_sha256: string;
  digest_date: string | null;
  format: DigestFormat;
  n_headings: number;
  papers: RawPaper[];
  issues: Issue[];
}

// The API's days (data/hf/YYYY-MM-DD.json), as extract stages them.

export interface HfAuthor {
  name: string;
  /** the Hugging Face user id of a claimed author (`user._id`), the evidence of identity */
  user_id: string | null;
  /** the user's handle (`user.user`) */
  user: string | null;
  hidden: boolean;
}

export interface HfItem {
  /** index in the file's array, from 0 */
  item: number;
  arxiv_id: string;
  title: string;
  abstract: string | null;
  upvotes: number | null;
  published_on: string | null;
  submitted_on: string | null;
  authors: HfAuthor[];
  ai_summary: string | null;
  ai_keywords: string[] | null;
  github_repo: string | null;
  github_stars: number | null;
  project_page: string | null;
  num_comments: number | null;
  thumbnail: string | null;
}

export interface HfIssue extends Issue {
  item: number | null;
}

export interface RawHfDay {
  source_path: string;
  content_sha256: string;
  date: string;
  items: HfItem[];
  issues: HfIssue[];
  /** unknown field path (`paper.mediaUrls`) → items that had it */
  unknown: Record<string, number>;
}
