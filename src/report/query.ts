// Ad-hoc SQL over the lake, read-only and sandboxed by DuckDB itself: after the views are built,
// extensions can no longer be installed or loaded, only the lake's own files can be opened, and
// the configuration is locked so no statement can undo that. In front of it a second wall: every
// statement must be a query, as DuckDB's own parser says (json_serialize_sql serialises SELECTs
// only, and parses without binding), before anything is prepared, since preparing EXPORT, COPY
// or ATTACH already touches the file system.
import { join } from 'node:path';
import { EXIT_SQL_ERROR, PaperlakeError, UsageError } from '../errors.js';
import { layout } from '../staging/layout.js';
import { readManifest } from '../staging/lake.js';
import { duckdb, type DuckDBConnection } from '../vendor.js';
import { openLake, sqlString, type Lake } from '../staging/lake.js';
import { formatResult, moreRows, type OutputFormat, type QueryResult } from './format.js';

// ---- the sandbox ------------------------------------------------------------------------------

/** Every Parquet file the manifest lists: the only paths a query may open. */
export function lakeFiles(data: string): string[] {
  const manifest = readManifest(data);
  if (!manifest) return [];
  return Object.values(manifest.tables)
    .flatMap((parts) => Object.values(parts).map((f) => join(layout(data).lake, f.file)))
    .sort();
}

/**
 * DuckDB's settings that wall a session in. Order matters: allowed_paths cannot change once
 * external access is off, and nothing can change once the configuration is locked. Exact files,
 * not the lake's folder, so not even a new file can be created beside them.
 */
export function sandboxSql(files: string[]): string[] {
  return [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET allowed_directories = []::VARCHAR[]',
    `SET allowed_paths = [${files.map(sqlString).join(', ')}]::VARCHAR[]`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

/** The lake's views, then the walls: the views were bound while the files could still be named. */
export async function openSandboxedLake(data: string): Promise<Lake> {
  const lake = await openLake(data);
  try {
    for (const s of sandboxSql(lakeFiles(data))) await lake.conn.run(s);
  } catch (err) {
    lake.close();
    throw new PaperlakeError(`query: could not sandbox DuckDB: ${(err as Error).message.split('\n')[0]}`);
  }
  return lake;
}

// ---- finding the statements -------------------------------------------------------------------

interface Token {
  start: number;
  end: number;
  word: boolean;
}

/** One statement's span in the text, and its first tokens (enough to see EXPLAIN ANALYZE x). */
export interface Piece {
  start: number;
  end: number;
  tokens: Token[];
}

const WORD = /[\p{L}\p{N}_$]/u;
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]);

/** Where a quoted string or name that opens at `i` ends (just past its closing quote). */
function quotedEnd(sql: string, i: number, quote: string, backslashEscapes: boolean): number {
  for (let j = i + 1; j < sql.length; j++) {
    if (backslashEscapes && sql[j] === '\\') j++;
    else if (sql[j] === quote) {
      if (sql[j + 1] !== quote) return j + 1;
      j++;
    }
  }
  return sql.length;
}

/** Where a comment that opens at `i` ends; block comments nest, as in DuckDB. */
function commentEnd(sql: string, i: number): number {
  if (sql.startsWith('--', i)) {
    const nl = sql.indexOf('\n', i);
    return nl < 0 ? sql.length : nl + 1;
  }
  let depth = 0;
  for (let j = i; j < sql.length; j++) {
    if (sql.startsWith('/*', j)) {
      depth++;
      j++;
    } else if (sql.startsWith('*/', j)) {
      depth--;
      j++;
      if (depth === 0) return j + 1;
    }
  }
  return sql.length;
}

/**
 * Statements split at the semicolons outside strings, quoted names, dollar quotes and comments.
 * The lexer only finds spans; it judges nothing. Each span is judged by DuckDB's parser, which
 * must find exactly one statement in it, and the span judged is the text that runs, so a span
 * cut wrong fails to parse and is refused rather than let through.
 */
export function splitStatements(sql: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (sql.startsWith('--', i) || sql.startsWith('/*', i)) {
      i = commentEnd(sql, i);
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === ';') {
      if (tokens.length) pieces.push({ start, end: i, tokens });
      start = i + 1;
      tokens = [];
      i++;
      continue;
    }
    let end: number;
    const dollar = c === '$' && !isWordAt(sql, i - 1) ? /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i)) : null;
    if (c === "'") end = quotedEnd(sql, i, "'", /^[eE]$/.test(sql[i - 1] ?? '') && !isWordAt(sql, i - 2));
    else if (c === '"') end = quotedEnd(sql, i, '"', false);
    else if (dollar) {
      const close = sql.indexOf(dollar[0], i + dollar[0].length);
      end = close < 0 ? sql.length : close + dollar[0].length;
    } else if (WORD.test(c)) {
      end = i + 1;
      while (isWordAt(sql, end)) end++;
    } else end = i + 1;
    if (tokens.length < 4) tokens.push({ start: i, end, word: WORD.test(c) && c !== '$' });
    i = end;
  }
  if (tokens.length) pieces.push({ start, end: sql.length, tokens });
  return pieces;
}

/** The text with everything outside [from, to) blanked, line breaks kept: DuckDB then parses
 *  only that span, and its LINE n and caret point into the text the user wrote. */
const only = (sql: string, from: number, to: number) => sql.slice(0, from).replace(/[^\n]/g, ' ') + sql.slice(from, to);

// ---- judging them -----------------------------------------------------------------------------

const WRITES = new Set([
  'COPY',
  'EXPORT',
  'IMPORT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'CREATE',
  'DROP',
  'ALTER',
  'TRUNCATE',
  'ATTACH',
  'DETACH',
  'VACUUM',
  'CHECKPOINT',
  'COMMENT',
  'ANALYZE',
  'ANALYSE',
  'WITH',
]);
const EXTENSIONS = new Set(['INSTALL', 'LOAD', 'FORCE']);
const SETTINGS = new Set(['SET', 'RESET', 'USE']);
const CALLS = new Set(['PRAGMA', 'CALL']);
const QUERY_WORDS = new Set(['SELECT', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', '(']);
const ALLOWED = 'SELECT, WITH, VALUES, FROM, TABLE, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN [ANALYZE]';

/** Functions a query may call that change the session rather than read (or that run SQL given
 *  as a string, which this wall never sees). */
const SESSION_FUNCTIONS = new Set([
  'enable_profiling',
  'disable_profiling',
  'enable_logging',
  'disable_logging',
  'truncate_duckdb_logs',
  'enable_peg_parser',
  'disable_peg_parser',
  'checkpoint',
  'force_checkpoint',
  'query',
  'json_execute_serialized_sql',
]);

/** A refusal: one line, exit 2. */
const refuse = (why: string) => new UsageError(`query: ${why}`);

/** Why a statement that is not a query is refused, named by its first word (or words). */
export function refusal(name: string): UsageError {
  const head = name.replace(/^EXPLAIN (ANALYZE |ANALYSE )?/, '');
  const first = head.split(' ')[0];
  if (head === 'UPDATE EXTENSIONS' || EXTENSIONS.has(first)) return refuse(`extensions are not allowed (${name})`);
  if (SETTINGS.has(first)) return refuse(`changing settings is not allowed (${name})`);
  if (CALLS.has(first))
    return refuse(
      `${name} is not allowed: select from the table function instead (select * from pragma_table_info('papers'), duckdb_settings())`,
    );
  if (WRITES.has(first)) return refuse(`writing is not allowed (${head === 'WITH' ? `${name} … INSERT/UPDATE/DELETE` : name})`);
  // a query DuckDB turns into several statements, the first not a query (CREATE TYPE … ENUM)
  if (QUERY_WORDS.has(first))
    return refuse(
      'this query makes DuckDB run other statements first (a PIVOT with no IN list does): name the values, PIVOT … ON col IN (…)',
    );
  return refuse(`only queries are allowed (${ALLOWED}), not ${name}`);
}

/** A SQL error: DuckDB's message on the `paperlake:` line, its LINE n and caret kept apart. */
export class SqlError extends PaperlakeError {
  constructor(
    message: string,
    readonly context: string,
  ) {
    super(message, EXIT_SQL_ERROR);
  }
}

/**
 * A DuckDB error as the user should see it. The sandbox's refusals (a file outside the lake, a
 * URL) become one line and exit 2; others keep DuckDB's message, its LINE n and caret beside.
 */
export function fromDuckdb(err: unknown): PaperlakeError {
  if (err instanceof PaperlakeError) return err;
  const message = (err as Error).message.replace(/^Failed to extract statements: /, '');
  const lines = message.split('\n');
  const at = lines.findIndex((l) => /^LINE \d+:/.test(l));
  const head = (at < 0 ? lines : lines.slice(0, at))
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  if (head.startsWith('Permission Error:')) {
    const path = /Cannot access (?:file|directory) "(.*)" - /.exec(head)?.[1];
    if (path && /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return refuse(`network access is not allowed ("${path}")`);
    if (path) return refuse(`only the lake's own files can be read, not "${path}"`);
    return refuse(`not allowed: ${head.replace(/^Permission Error: /, '')}`);
  }
  return new SqlError(`query: ${head}`, at < 0 ? '' : lines.slice(at).join('\n').trimEnd());
}

interface Judged {
  /** the text to prepare: the judged span, with only EXPLAIN [ANALYZE] put back in front */
  text: string;
  explain: boolean;
}

type Ast = { error: boolean; error_type?: string; error_message?: string; statements?: unknown[] };

/** DuckDB's parser on one span: SELECT-like statements come back as a tree, others as an error. */
async function parse(conn: DuckDBConnection, text: string): Promise<Ast> {
  const r = await conn.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR)', [text]);
  return JSON.parse(String(r.getRows()[0][0])) as Ast;
}

const notAQuery = (ast: Ast) => ast.error && ast.error_type === 'not implemented';

/** Every function a statement's tree calls, lowercased. */
export function calledFunctions(tree: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(tree)) for (const t of tree) calledFunctions(t, found);
  else if (tree && typeof tree === 'object') {
    const fn = (tree as { function_name?: unknown }).function_name;
    if (typeof fn === 'string') found.add(fn.toLowerCase());
    for (const v of Object.values(tree)) calledFunctions(v, found);
  }
  return found;
}

/** A query's tree: exactly one statement, calling nothing that changes the session. */
function checkQuery(ast: Ast): void {
  if (ast.statements?.length !== 1) throw refuse('could not tell the statements apart; run them one at a time');
  for (const fn of calledFunctions(ast.statements))
    if (SESSION_FUNCTIONS.has(fn)) throw refuse(`${fn}() is not allowed (it changes the session, or runs SQL from a string)`);
}

/** A span's parse error, with LINE n and caret: the parse fails before anything is expanded. */
async function parseError(conn: DuckDBConnection, sql: string, text: string, ast: Ast): Promise<PaperlakeError> {
  if (ast.error_type === 'parser') {
    try {
      await conn.extractStatements(text);
    } catch (err) {
      return withOriginalLine(fromDuckdb(err), sql, text);
    }
  }
  return new SqlError(`query: ${ast.error_message}`, '');
}

/** DuckDB quotes the line it ran, where other statements on it are blanked: show the line as
 *  written (the columns, hence the caret, are the same). */
export function withOriginalLine(err: PaperlakeError, sql: string, ran: string): PaperlakeError {
  if (!(err instanceof SqlError)) return err;
  const m = /^LINE (\d+): (.*)$/m.exec(err.context);
  if (!m || ran.split('\n')[Number(m[1]) - 1] !== m[2]) return err;
  return new SqlError(err.message, err.context.replace(m[0], `LINE ${m[1]}: ${sql.split('\n')[Number(m[1]) - 1].replace(/\r$/, '')}`));
}

const upper = (sql: string, t: Token | undefined) => (t ? sql.slice(t.start, t.end).toUpperCase() : '');
const TWO_WORDS = new Set(['UPDATE EXTENSIONS', 'FORCE INSTALL', 'EXPORT DATABASE', 'IMPORT DATABASE']);
/** A statement's name for a refusal: its first word, or two (EXPORT DATABASE). */
const nameOf = (words: string[]) => (TWO_WORDS.has(`${words[0]} ${words[1]}`) ? `${words[0]} ${words[1]}` : words[0] || '…');
/** The first tokens as words, or as themselves when not words (a parenthesis). */
const wordsOf = (sql: string, tokens: Token[]) => tokens.map((t) => (t.word ? upper(sql, t) : sql.slice(t.start, t.end)));

/** Judge one statement without preparing it: a query, or EXPLAIN [ANALYZE] of a query. */
export async function judge(conn: DuckDBConnection, sql: string, piece: Piece): Promise<Judged> {
  const whole = only(sql, piece.start, piece.end);
  const ast = await parse(conn, whole);
  if (!ast.error) {
    checkQuery(ast);
    return { text: whole, explain: false };
  }
  const [first, second] = piece.tokens;
  const words = wordsOf(sql, piece.tokens);
  // EXPLAIN of what DuckDB cannot explain (EXPORT, ATTACH …) is a syntax error: refused by name
  if (!notAQuery(ast) && words[0] !== 'EXPLAIN') throw await parseError(conn, sql, whole, ast);
  if (words[0] !== 'EXPLAIN') throw refusal(nameOf(words));
  const analyze = words[1] === 'ANALYZE' || words[1] === 'ANALYSE';
  const keywords = analyze ? [first, second] : [first];
  const innerStart = keywords[keywords.length - 1].end;
  const inner = await parse(conn, only(sql, innerStart, piece.end));
  if (notAQuery(inner)) throw refusal(`EXPLAIN ${analyze ? 'ANALYZE ' : ''}${nameOf(words.slice(analyze ? 2 : 1))}`);
  if (ast.error_type === 'parser') throw await parseError(conn, sql, whole, ast);
  if (inner.error) throw refuse('EXPLAIN takes no options here: write EXPLAIN or EXPLAIN ANALYZE before a query');
  checkQuery(inner);
  // what runs is the keywords, at their places, and the span DuckDB judged, nothing else
  let text = sql.slice(0, innerStart).replace(/[^\n]/g, ' ');
  for (const k of keywords) text = text.slice(0, k.start) + sql.slice(k.start, k.end) + text.slice(k.end);
  return { text: text + sql.slice(innerStart, piece.end), explain: true };
}

// ---- running them -----------------------------------------------------------------------------

export interface QueryOptions {
  format: OutputFormat;
  /** rows shown per statement, 0 for all; by default 40 in a table, all otherwise */
  limit?: number;
  /** the terminal's width, which a table must fit */
  width?: number;
}

export interface QueryOutput {
  /** for stdout */
  text: string;
  /** for stderr: rows left out of CSV or JSON, which cannot say so themselves */
  notes: string[];
}

export const DEFAULT_TABLE_ROWS = 40;

type Json = import('@duckdb/node-api').Json;
type Converter = import('@duckdb/node-api').DuckDBValueConverter<Json>;

/** DuckDB's JSON values, with integers as numbers where exact and decimals where they fit. */
async function jsonConverter(): Promise<Converter> {
  const { JsonDuckDBValueConverter, DuckDBTypeId } = await duckdb();
  const integers = new Set<number>([DuckDBTypeId.BIGINT, DuckDBTypeId.UBIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UHUGEINT]);
  const convert: Converter = (value, type) => {
    if (value === null || value === undefined) return null;
    const json = JsonDuckDBValueConverter(value, type, convert);
    if (typeof json !== 'string') return json;
    if (integers.has(type.typeId)) return Number.isSafeInteger(Number(json)) ? Number(json) : json;
    // up to 15 significant digits a double holds a decimal exactly as written
    if (type.typeId === DuckDBTypeId.DECIMAL && json.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15)
      return Number(json);
    return json;
  };
  return convert;
}

/** Run one prepared statement, keeping the first `limit` rows and counting the rest. */
async function read(
  prepared: import('@duckdb/node-api').DuckDBPreparedStatement,
  limit: number,
  explain: boolean,
  convert: Converter,
): Promise<QueryResult> {
  const result = await prepared.stream();
  const columns = result.columnNames();
  const types = result.columnTypes().map((t) => t.toString());
  const rows: unknown[][] = [];
  let total = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    if (limit === 0 || rows.length < limit) {
      const converted = chunk.convertRows<Json>(convert);
      rows.push(...(limit === 0 ? converted : converted.slice(0, limit - rows.length)));
    }
    total += chunk.rowCount;
  }
  return { columns, types, rows, total, explain };
}

/**
 * Run `sql` (one statement or several) over the lake at `data`. Every statement is judged, then
 * every one prepared (and its type checked again), before any runs.
 */
export async function runQuery(data: string, sql: string, options: QueryOptions): Promise<QueryOutput> {
  if (splitStatements(sql).length === 0) throw refuse('the SQL is empty');
  const lake = await openSandboxedLake(data);
  try {
    return await queryLake(lake, sql, options);
  } finally {
    lake.close();
  }
}

/** `sql` on a lake opened by openSandboxedLake. */
export async function queryLake(lake: Lake, sql: string, options: QueryOptions): Promise<QueryOutput> {
  const pieces = splitStatements(sql);
  if (pieces.length === 0) throw refuse('the SQL is empty');
  const { StatementType } = await duckdb();
  const judged: Judged[] = [];
  for (const p of pieces) judged.push(await judge(lake.conn, sql, p));
  const prepared = [];
  for (const j of judged) {
    const ps = await lake.conn.prepare(j.text).catch((err: unknown) => {
      throw withOriginalLine(fromDuckdb(err), sql, j.text);
    });
    // a third wall: what DuckDB prepared is the kind of statement that was judged
    if (ps.statementType !== (j.explain ? StatementType.EXPLAIN : StatementType.SELECT))
      throw refuse(`only queries are allowed (${ALLOWED})`);
    prepared.push(ps);
  }
  const limit = options.limit ?? (options.format === 'table' ? DEFAULT_TABLE_ROWS : 0);
  const convert = await jsonConverter();
  const out: string[] = [];
  const notes: string[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const r = await read(prepared[i], limit, judged[i].explain, convert).catch((err: unknown) => {
      throw withOriginalLine(fromDuckdb(err), sql, judged[i].text);
    });
    out.push(formatResult(r, options.format, options.width));
    const hidden = r.total - r.rows.length;
    if (hidden > 0 && ['csv', 'json', 'ndjson'].includes(options.format))
      notes.push(`${moreRows(hidden)} not shown (--limit ${limit}; --limit 0 shows every row)`);
  }
  // one blank line between results, as the DuckDB CLI leaves (NDJSON: just more lines)
  return { text: out.join(options.format === 'ndjson' ? '' : '\n'), notes };
}
