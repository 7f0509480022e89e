// Raw records: what a digest says, with provenance, before any normalisation.

export type ImageKind = 'thumbnail' | 'upload' | 'video' | 'avatar' | 'other';
export type SectionKind = 'whats_new' | 'technical_details' | 'performance_highlights' | 'other' | 'summary';
export type IssueScope = 'entry' | 'file' | 'field';

export interface RawSection {
  kind: SectionKind;
  heading: string | null;
  text: string;
  line: number;
}

export interface RawPaper {
  digest_date: string;
  rank: number;
  line: number;
  title: string;
  url: string;
  arxiv_id: string;
  image_url: string | null;
  image_kind: ImageKind | null;
  /** NULL when there is no `Vote:` line or it says `-`. */
  votes: number | null;
  /** `Authors:` value as written; NULL when the entry has none. */
  authors_raw: string | null;
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
  format: string;
  n_headings: number;
  papers: RawPaper[];
  issues: Issue[];
}
