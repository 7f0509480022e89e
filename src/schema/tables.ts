// The one definition of every lake table. The Arrow schema (load), the Parquet files, the
// DuckDB views (report, query) and the README's table reference are all derived from this.

export type ColumnType = 'utf8' | 'int32' | 'float64' | 'bool' | 'date' | 'utf8[]';

export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
  doc: string;
}

export interface TableDef {
  name: string;
  grain: string;
  /** A `date` column: the table is written as Hive partitions of its year, `year=YYYY`. Not
   *  by month: every scan opens every file of a table, and on a long history monthly files
   *  made the reports' queries ~40% slower (one a month is also ~20 KB, too small to compress
   *  or skip well); a new digest rewrites its year's files, a few MB. */
  partitionBy?: string;
  columns: Column[];
}

/** `digests.format`: the era of a digest's layout, or `empty` (no entries) and `binary` (not
 *  text), as the parser tells them apart. */
export const DIGEST_FORMATS = ['plain', 'authors', 'votes', 'sections', 'sections3', 'mixed', 'empty', 'binary'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

/** Bumped whenever a column changes; a lake with another version is rebuilt. */
export const SCHEMA_VERSION = 6;

const c = (name: string, type: ColumnType, doc: string, nullable = true): Column => ({ name, type, nullable, doc });
const req = (name: string, type: ColumnType, doc: string): Column => c(name, type, doc, false);

export const TABLES: readonly TableDef[] = [
  {
    name: 'digests',
    grain: 'one input digest file',
    partitionBy: 'digest_date',
    columns: [
      req('digest_date', 'date', 'date from the `## Daily Papers (DATE)` header'),
      req('source_path', 'utf8', 'file name relative to the digests folder'),
      req('content_sha256', 'utf8', 'SHA-256 of the file bytes'),
      req('format', 'utf8', `format era: ${DIGEST_FORMATS.join(', ')}`),
      req('n_headings', 'int32', '`### ` headings in the file'),
      req('n_papers', 'int32', 'entries loaded'),
      req('n_quarantined', 'int32', 'entries quarantined'),
      req('n_missing_votes', 'int32', 'loaded entries whose vote is missing or `-`'),
      req('n_truncated_author_lists', 'int32', 'loaded entries whose author list ends with `+`'),
    ],
  },
  {
    name: 'papers',
    grain: 'one arXiv paper (de-duplicated over all digests)',
    partitionBy: 'first_seen',
    columns: [
      req('arxiv_id', 'utf8', 'arXiv identifier without version, e.g. 2408.08152'),
      req('title', 'utf8', 'title at its first appearance'),
      req('url', 'utf8', 'link from the heading'),
      c('image_url', 'utf8', 'thumbnail, upload, video or avatar URL as written'),
      c('image_kind', 'utf8', 'thumbnail, upload, video, avatar or other; NULL when no image'),
      req('first_seen', 'date', "first digest date (`source = 'hf'`: first API date)"),
      req('last_seen', 'date', "last digest date (`source = 'hf'`: last API date)"),
      req('n_appearances', 'int32', "digests listing the paper (`source = 'hf'`: API days)"),
      c('max_votes', 'int32', 'highest vote count over its appearances; NULL when never voted'),
      c('n_authors', 'int32', 'distinct authors listed; NULL when no author line'),
      req('list_truncated', 'bool', 'the author list ended with a `+` (more authors than listed)'),
      req(
        'source',
        'utf8',
        "who lists it: `digest` (a digest does; then every column above is the digests') or `hf` (only the API files: first_seen, n_appearances and max_votes are then the API days' and upvotes)",
      ),
      c('hf_first_seen', 'date', 'first date of an API file (`data/hf/`) listing it; NULL for the API columns below when no API file does'),
      c('hf_upvotes', 'int32', 'upvotes in the latest API file listing it'),
      c('abstract', 'utf8', 'the English abstract (`paper.summary`)'),
      c('ai_summary', 'utf8', "Hugging Face's one-line summary"),
      c('ai_keywords', 'utf8[]', "Hugging Face's keywords"),
      c('github_repo', 'utf8', "the code repository's URL"),
      c('github_stars', 'int32', 'its stars, in the latest API file'),
      c('project_page', 'utf8', 'project page URL'),
      c('num_comments', 'int32', "comments on the paper's page, in the latest API file"),
      c('published_on', 'date', 'arXiv publication date (`paper.publishedAt`, UTC)'),
      c('submitted_on', 'date', 'date submitted to Daily Papers (`paper.submittedOnDailyAt`, UTC)'),
    ],
  },
  {
    name: 'votes',
    grain: "one observation of a paper's votes: a digest's `Vote:` or an API file's upvotes",
    partitionBy: 'observed_on',
    columns: [
      req('observed_on', 'date', 'digest date, or the date of the API file'),
      req('arxiv_id', 'utf8', 'paper'),
      req('source', 'utf8', '`digest` or `hf`'),
      req('votes', 'int32', 'votes as observed (a missing or `-` vote is no observation)'),
      req('source_path', 'utf8', 'the digest or API file (`hf/YYYY-MM-DD.json`)'),
    ],
  },
  {
    name: 'appearances',
    grain: 'one paper in one digest',
    partitionBy: 'digest_date',
    columns: [
      req('digest_date', 'date', 'digest date'),
      req('arxiv_id', 'utf8', 'paper'),
      req('rank', 'int32', 'position in the digest, from 1'),
      req('title', 'utf8', 'title as written in this digest'),
      c('votes', 'int32', 'upvotes; NULL when missing or `-` (never 0 for unknown)'),
      req('source_path', 'utf8', 'digest file'),
      req('source_line', 'int32', 'line of the `### ` heading (1-based)'),
    ],
  },
  {
    name: 'authors',
    grain: 'one resolved person',
    columns: [
      req('author_id', 'utf8', 'stable id derived from the name key (not row order)'),
      req('display_name', 'utf8', 'most frequent well-formed spelling'),
      req('name_key', 'utf8', 'matching key: case, diacritics, hyphens and periods folded'),
      req('variants', 'utf8[]', 'every raw spelling seen'),
      req('n_papers', 'int32', 'distinct papers'),
      req('first_seen', 'date', 'first digest date'),
      req('last_seen', 'date', 'last digest date'),
      c('merge_reason', 'utf8', 'why several keys were merged into this author; NULL when none were'),
      c(
        'split_reason',
        'utf8',
        'why mentions of one name are several people (different Hugging Face users under it); NULL when they are not',
      ),
      c('hf_users', 'utf8[]', 'the Hugging Face users (handles) the API files name for this person; NULL when none'),
    ],
  },
  {
    name: 'paper_authors',
    grain: 'one author of one paper',
    partitionBy: 'first_seen',
    columns: [
      req('arxiv_id', 'utf8', 'paper'),
      req('author_id', 'utf8', 'resolved author'),
      req('position', 'int32', 'position in the (de-duplicated) author list, from 1'),
      req('raw_name', 'utf8', 'name as written'),
      req('list_truncated', 'bool', "the paper's list ended with `+`"),
      req('first_seen', 'date', 'first digest date of the paper'),
    ],
  },
  {
    name: 'sections',
    grain: 'one summary section of one appearance',
    partitionBy: 'digest_date',
    columns: [
      req('digest_date', 'date', 'digest date'),
      req('arxiv_id', 'utf8', 'paper'),
      req('position', 'int32', 'order within the entry, from 1'),
      req('kind', 'utf8', 'whats_new, technical_details, performance_highlights, other, summary (plain bullet)'),
      c('heading', 'utf8', 'heading as written (NULL for plain bullets)'),
      req('text', 'utf8', 'section text, continuation lines joined with newlines'),
      req('source_line', 'int32', 'line where the section starts'),
    ],
  },
  {
    name: 'metrics',
    grain: 'one reported result',
    partitionBy: 'digest_date',
    columns: [
      req('digest_date', 'date', 'digest date'),
      req('arxiv_id', 'utf8', 'paper'),
      c('benchmark', 'utf8', 'canonical benchmark name (benchmarks.csv), else the raw name'),
      c('benchmark_raw', 'utf8', 'benchmark as written'),
      c('benchmark_known', 'bool', 'the name is in data/reference/benchmarks.csv; NULL when no benchmark'),
      c(
        'benchmark_family',
        'utf8',
        'the benchmark a variant is grouped under (AIME 2024, AIME 2025: AIME; benchmarks.csv `family`), else the benchmark; NULL when no benchmark',
      ),
      c('split', 'utf8', 'validation, test, …'),
      c('setting', 'utf8', 'e.g. `10 IPC`, `zero-shot`'),
      c('metric', 'utf8', 'accuracy, pass rate, FID, …'),
      req('value', 'float64', 'the number'),
      c('value_low', 'float64', 'lower end of a range'),
      c('unit', 'utf8', '%, pp, x, s, ms, min, h, fps, tokens/s, TOPS, USD, dB, GB, MB, TB or NULL'),
      req('kind', 'utf8', 'score, gain or efficiency'),
      c('baseline_value', 'float64', 'value compared against'),
      c(
        'delta',
        'float64',
        'value minus baseline, or the stated change, signed as the measure moved: negative where it fell (`정확도 감소는 1.65%`: −1.65; `ATE를 80% 감소`: −80) or where a lower-is-better measure improved (`FVD … 27.3% 더 나은`: −27.3)',
      ),
      c('delta_unit', 'utf8', 'unit of delta'),
      req('sentence', 'utf8', 'sentence the number came from'),
      req('source_line', 'int32', 'line of the section'),
      c(
        'system',
        'utf8',
        "the model or method the number is a result of, as the text names it (`A + B`: the paper's B on base model A); NULL when the text names it only by its role",
      ),
      c(
        'own',
        'bool',
        "the number is the paper's own method's or a variant's (false: a baseline, a competitor, a model evaluated on a benchmark paper's data)",
      ),
    ],
  },
  {
    name: 'paper_topics',
    grain: 'one topic of one paper',
    partitionBy: 'first_seen',
    columns: [
      req('arxiv_id', 'utf8', 'paper'),
      req('topic', 'utf8', 'topic id from topics.csv, or `unassigned`'),
      c('parent', 'utf8', 'parent topic id'),
      req(
        'evidence',
        'utf8[]',
        'what decided it: the seed terms found, the words that raised its score most (`title: …`, `lead: …`), then the nearest hand-labelled papers that have it (`neighbour: <arXiv id>`)',
      ),
      c(
        'score',
        'float64',
        "the topic model's score (0–1: its probability blended with the neighbours' vote and the centroids' cosine; a child topic takes its parent's); sort by it for confidence",
      ),
      req('first_seen', 'date', 'first digest date of the paper'),
    ],
  },
  {
    name: 'reconciliation',
    grain: "one difference between the digests and the generator's index (`--index`)",
    columns: [
      req('digest_date', 'date', 'date of the listing'),
      req('status', 'utf8', 'index_only (the index lists it, no digest contains it) or digest_only'),
      c('arxiv_id', 'utf8', 'paper, when the URL names one'),
      req('url', 'utf8', 'paper URL'),
      c('title', 'utf8', 'title as listed'),
      req('index_path', 'utf8', 'the index file compared against'),
    ],
  },
  {
    name: 'quarantine',
    grain: 'one problem found in the input',
    columns: [
      req('source_path', 'utf8', 'digest file, or API file (`hf/YYYY-MM-DD.json`)'),
      c('digest_date', 'date', 'digest date when known'),
      req('line', 'int32', 'line number (1-based; 0 for the whole file, and in API files)'),
      c('item', 'int32', "index of the item in an API file's array (from 0); NULL for digests and whole files"),
      req('scope', 'utf8', 'entry (a paper set aside), file (the whole file), field (a value set to NULL, or a line not understood)'),
      req('reason', 'utf8', 'what is wrong, in words a person can act on'),
      req('raw_text', 'utf8', 'the offending text (first 2,000 characters)'),
    ],
  },
];

export const TABLE_NAMES = TABLES.map((t) => t.name);

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown table: ${name}`);
  return t;
}

/** One row of a table: column name → value (dates as `YYYY-MM-DD` strings). */
export type Row = Record<string, string | number | boolean | string[] | null>;

export const SQL_TYPES: Record<ColumnType, string> = {
  utf8: 'VARCHAR',
  int32: 'INTEGER',
  float64: 'DOUBLE',
  bool: 'BOOLEAN',
  date: 'DATE',
  'utf8[]': 'VARCHAR[]',
};

/** The Hive partition column of every partitioned table. */
export const PARTITION_COLUMN = 'year';

/** The partition (folder name) of a row with this date (or month) in a partitioned table. */
export const partitionName = (date: string): string => `${PARTITION_COLUMN}=${date.slice(0, 4)}`;

/** A typed empty SELECT: the view of a table that has no rows yet. */
export function emptySelect(t: TableDef): string {
  const cols = t.columns.map((col) => `CAST(NULL AS ${SQL_TYPES[col.type]}) AS ${col.name}`);
  return `SELECT ${cols.join(', ')}${t.partitionBy ? `, CAST(NULL AS VARCHAR) AS ${PARTITION_COLUMN}` : ''} WHERE false`;
}

/** The README's table reference, generated so the docs never drift from the schema. */
export function schemaMarkdown(): string {
  const out: string[] = [];
  for (const t of TABLES) {
    const part = t.partitionBy ? ` Partitioned by \`${PARTITION_COLUMN}\` of \`${t.partitionBy}\`.` : '';
    out.push(`#### \`${t.name}\` — ${t.grain}.${part}`, '', '| column | type | meaning |', '|---|---|---|');
    for (const col of t.columns) {
      out.push(`| \`${col.name}\` | ${SQL_TYPES[col.type]}${col.nullable ? '' : ' not null'} | ${col.doc} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
