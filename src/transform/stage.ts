// Transform stage I/O: staged RawDigests → Arrow IPC partitions, one folder per lake table.
//
// Per digest (cached by its extract key and the code/reference version) the rows split in two:
// small facts (papers, votes, authors, topics, quarantine) and the large body (appearances,
// sections, metrics). Body tables are rebuilt only for the months whose set of digests changed;
// global tables take every digest's facts each run, and rewrite only the partitions of the
// paper-level tables whose inputs changed. Staged files are named by their
// content and the index is written last, so a killed run leaves the previous index valid.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { StageInputError } from '../errors.js';
import { readJsonIfExists, writeAtomic } from '../fsx.js';
import { codeVersion, sha256 } from '../hash.js';
import {
  readExtractIndex,
  readHfDays,
  readHfIndexText,
  readPaperIndex,
  StagedDigests,
  type ExtractIndex,
  type ExtractIndexEntry,
} from '../staging/extract.js';
import { layout } from '../staging/layout.js';
import { Pack, packBytes } from '../staging/pack.js';
import { stagePartition, type StagedPart, type TransformIndex } from '../staging/transform.js';
import { progress } from '../log.js';
import { orphans, StageRunner, sweep, writeIfChanged, type Threads } from '../runner.js';
import type { Columns } from '../schema/arrow.js';
import { partitionName, SCHEMA_VERSION, TABLES, tableDef, type Row, type TableDef } from '../schema/tables.js';
import { authorPartColumns, BODY_TABLES, bodyTables, GlobalTables, PAPER_TABLES, paperPartColumns } from './assemble.js';
import { transformDigest, type DigestFacts, type DigestRows } from './digest.js';
import { hfTables } from './hf.js';
import { metricRows } from './metrics.js';
import { loadReference, type Reference } from './reference.js';
import {
  appearanceTexts,
  factsBatch,
  hashAuthorPart,
  hashPaperPart,
  type AppearanceTexts,
  type AuthorPart,
  type FactsBatch,
  type PaperPart,
} from './wire.js';

export interface TransformSummary {
  digests: number;
  computed: number;
  /** entries loaded (`### ` headings not quarantined): one appearance each */
  entries: number;
  papers: number;
  rows: number;
  /** staged Arrow files, and how many of them this run wrote (the others had that content) */
  files: number;
  partitionsWritten: number;
}

const countEntries = (index: ExtractIndex) => index.files.reduce((n, e) => n + e.papers, 0);
const countFiles = (t: TransformIndex) => Object.values(t.tables).reduce((n, parts) => n + Object.keys(parts).length, 0);

/** Rows staged in one table, or in all of them. */
function countRows(t: TransformIndex, table?: string): number {
  const tables = table ? [t.tables[table] ?? {}] : Object.values(t.tables);
  return tables.reduce((n, parts) => n + Object.values(parts).reduce((m, p) => m + p.rows, 0), 0);
}

export function partitionOf(def: TableDef, row: Row): string {
  if (!def.partitionBy) return 'all';
  return partitionName(row[def.partitionBy] as string);
}

export function partitionRows(def: TableDef, rows: readonly Row[]): Map<string, Row[]> {
  const parts = new Map<string, Row[]>();
  for (const r of rows) {
    const p = partitionOf(def, r);
    let l = parts.get(p);
    if (!l) parts.set(p, (l = []));
    l.push(r);
  }
  return parts;
}

const byColumns = (keys: readonly string[]) => (a: Row, b: Row) => {
  for (const k of keys) {
    const x = a[k] as string | number,
      y = b[k] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Fewer digests than this are transformed in-process: starting workers (~0.6 s) costs more. */
const PARALLEL_FROM = 500;
/** Likewise for the paper-level partitions, when this many months changed. */
const PAPER_PARALLEL_FROM = 100;
/** Body rows are staged by the month they were computed in, as a part of their partition. */
const monthPart = (m: string) => `${partitionName(m)}/month=${m}`;
if (BODY_TABLES.some((t) => !tableDef(t).partitionBy)) throw new Error('body tables are partitioned by date');

/** The per-digest step (pure, CPU-bound): read the staged RawDigest, derive its rows. */
export function transformOne(staged: StagedDigests, e: ExtractIndexEntry, ref: Reference): DigestRows {
  return transformDigest(staged.get(e), {
    metrics: (p) => metricRows(p, ref.benchmarks),
    topics: (p) => ref.topics.tag(p.title, p.sections),
  });
}

/** Facts of the digests of one month, cached as one file per month (not per digest: file
 *  creation is the slow part of a run on many file systems), V8-serialized like the staged
 *  digests (the V8 version is part of the cache key). The file packs two parts: the facts the
 *  global tables take (without topics), and the texts of the month's appearances, the only
 *  part that writing a partition of papers needs. */
const factsFile = (dir: string, month: string) => join(dir, `facts-${month}.v8`);
function readFactsPart<T>(dir: string, month: string, part: 'facts' | 'texts'): T {
  try {
    const blob = Pack.read(factsFile(dir, month)).blob(part);
    if (!blob) throw new Error(`no ${part} in it`);
    return deserialize(blob) as T;
  } catch (err) {
    throw new StageInputError(`transform cache for ${month} is unreadable (${(err as Error).message}): run with --full`);
  }
}
const readFacts = (dir: string, month: string) => readFactsPart<FactsBatch>(dir, month, 'facts');
const readTexts = (dir: string, month: string) => readFactsPart<AppearanceTexts>(dir, month, 'texts');

/** The digests with rows in one month (or, month null, those with no dated entry at all). */
export interface MonthJob {
  month: string | null;
  members: ExtractIndexEntry[];
}

export interface MonthResult {
  facts: FactsBatch;
  parts: StagedPart[];
}

/** A month's work, whole (on a worker thread when there is much to do): transform its digests,
 *  stage its body partitions, cache its facts; only the small facts go back. */
export function transformMonth(data: string, ref: Reference, job: MonthJob): MonthResult {
  const L = layout(data);
  const staged = new StagedDigests(data);
  const rows = job.members.map((e) => transformOne(staged, e, ref));
  const full: DigestFacts[] = rows.map(({ appearances, sections, metrics, ...f }) => f);
  // topics travel in the texts: the paper-level rows take them from there
  const facts = factsBatch(
    job.members.map((e) => e.key),
    full,
  );
  if (job.month === null) return { facts, parts: [] };
  const m = job.month;
  const inMonth = (r: Row) => (r.digest_date as string).startsWith(m);
  const body = bodyTables(
    rows.map((r) => ({
      appearances: r.appearances.filter(inMonth),
      sections: r.sections.filter(inMonth),
      metrics: r.metrics.filter(inMonth),
    })),
  );
  const parts: StagedPart[] = [];
  for (const [name, tableRows] of body)
    if (tableRows.length) parts.push(stagePartition(L.transformDir, tableDef(name), monthPart(m), tableRows));
  const texts = appearanceTexts(full.map((f) => ({ ...f, papers: f.papers.filter((p) => p.digest_date.startsWith(m)) })));
  writeAtomic(
    factsFile(L.transformCache, m),
    packBytes([
      { key: 'facts', blob: serialize(facts) },
      { key: 'texts', blob: serialize(texts) },
    ]),
  );
  return { facts, parts };
}

/** One partition of papers and paper_topics, or of paper_authors (see GlobalTables.finish). */
export interface PaperJob {
  kind: 'papers';
  papers: PaperPart;
}

export interface AuthorJob {
  kind: 'authors';
  authors: AuthorPart;
}

export type Job = (MonthJob & { kind: 'month' }) | PaperJob | AuthorJob;

/** The tables a job of each kind writes a partition of. */
const PART_TABLES = { papers: ['papers', 'paper_topics'], authors: ['paper_authors'] } as const;
if (PAPER_TABLES.some((t) => !Object.values(PART_TABLES).some((ts) => (ts as readonly string[]).includes(t))))
  throw new Error('every paper-level table is written by a job');

// a job writes one partition of each: they must be cut the same way
if (new Set(PAPER_TABLES.map((t) => tableDef(t).partitionBy)).size !== 1)
  throw new Error('paper-level tables must share their partitioning');

export function stagePaperPart(data: string, job: PaperJob | AuthorJob): StagedPart[] {
  const L = layout(data);
  const tables: [string, Columns][] =
    job.kind === 'papers'
      ? paperPartColumns(
          job.papers,
          job.papers.months.map((m) => readTexts(L.transformCache, m)),
        )
      : [['paper_authors', authorPartColumns(job.authors)]];
  const part = job.kind === 'papers' ? job.papers.part : job.authors.part;
  return tables.filter(([, cols]) => cols.length).map(([name, cols]) => stagePartition(L.transformDir, tableDef(name), part, cols));
}

export type JobResult = MonthResult | StagedPart[];

/** A job on whichever thread runs it. */
export function runJob(data: string, ref: Reference, job: Job): JobResult {
  return job.kind === 'month' ? transformMonth(data, ref, job) : stagePaperPart(data, job);
}

export async function transformStage(
  data: string,
  referenceDir: string,
  opts: { full?: boolean; parallelFrom?: number; threads?: Threads } = {},
): Promise<TransformSummary> {
  const L = layout(data);
  const index = readExtractIndex(data);
  const ref = loadReference(referenceDir);
  const version = `${codeVersion(import.meta.url)}-${ref.version}-${process.versions.v8}`;
  const paperIndex = readPaperIndex(data);
  const paperIndexText = paperIndex.text;
  const hfIndexText = readHfIndexText(data);
  const hfKey = sha256(
    (JSON.parse(hfIndexText) as { source_path: string; key: string }[]).map((e) => `${e.source_path}\0${e.key}`).join('\n'),
  );
  const inputsKey = sha256(
    [SCHEMA_VERSION, version, sha256(paperIndexText), hfKey, ...index.files.map((e) => `${e.source_path}\0${e.key}`)].join('\n'),
  );
  const old = opts.full ? null : readJsonIfExists<TransformIndex>(L.transformIndex);
  const stagedOk = (t: TransformIndex) =>
    Object.values(t.tables).every((parts) => Object.values(parts).every((p) => existsSync(join(L.transformDir, p.file))));
  if (old && old.inputs_key === inputsKey && old.schema_version === SCHEMA_VERSION && old.inputs && stagedOk(old)) {
    return {
      digests: index.files.length,
      computed: 0,
      entries: countEntries(index),
      papers: countRows(old, 'papers'),
      rows: countRows(old),
      files: countFiles(old),
      partitionsWritten: 0,
    };
  }
  mkdirSync(L.transformCache, { recursive: true });

  const inputs = index.files.map((f) => ({ source_path: f.source_path, content_sha256: f.content_sha256 }));
  const next: TransformIndex = { schema_version: SCHEMA_VERSION, inputs_key: inputsKey, inputs, months: {}, paper_parts: {}, tables: {} };
  let written = 0;
  const record = (p: StagedPart) => {
    (next.tables[p.table] ??= {})[p.part] = p.staged;
    if (p.written) written++;
  };

  // 1. month by month: each changed month is one job (in worker threads when there is much to
  //    do); the global tables take every digest's facts
  const byMonth = new Map<string, ExtractIndexEntry[]>();
  const undated: ExtractIndexEntry[] = [];
  for (const e of index.files) {
    if (e.months.length === 0) undated.push(e);
    for (const m of e.months) (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(e);
  }
  const monthKey = (members: ExtractIndexEntry[]) =>
    sha256(
      members
        .map((e) => e.key)
        .sort()
        .join('\n') + version,
    );
  const months = [...byMonth.keys()].sort();
  // the old index's files of one partition of these tables: still staged? then carried over
  const stillStaged = (tables: readonly string[], part: string) =>
    tables.every((t) => old!.tables[t]?.[part] === undefined || existsSync(join(L.transformDir, old!.tables[t][part].file)));
  const keepOld = (tables: readonly string[], part: string) => {
    for (const t of tables) if (old!.tables[t]?.[part]) (next.tables[t] ??= {})[part] = old!.tables[t][part];
  };
  const changed = months.filter(
    (m) =>
      !(
        old &&
        old.months?.[m] === monthKey(byMonth.get(m)!) &&
        existsSync(factsFile(L.transformCache, m)) &&
        stillStaged(BODY_TABLES, monthPart(m))
      ),
  );
  const jobs: (MonthJob & { kind: 'month' })[] = changed.map((m) => ({ kind: 'month', month: m, members: byMonth.get(m)! }));
  if (undated.length) jobs.push({ kind: 'month', month: null, members: undated });
  const todo = new Set(jobs.flatMap((j) => j.members)).size;
  const bar = progress('transform', index.files.length);
  // global tables take each digest's facts once, keep a small summary, and re-read the
  // month's facts when they write its rows
  const global = new GlobalTables({ aliases: ref.aliases, paperIndex: paperIndex.index });
  const added = new Set<string>(); // digest keys (a digest can span two months)
  const take = (job: MonthJob, r: MonthResult) => {
    r.parts.forEach(record);
    global.addBatch(r.facts, added);
    bar.tick(job.members.length);
  };
  // Months are taken in order, whatever order the workers finish them in, so the output does
  // not depend on thread timing. A month whose digests did not change keeps its staged files
  // and cached facts; a changed one waits for its job.
  const changedSet = new Set(changed);
  const results = new Map<string | null, MonthResult>();
  let cursor = 0;
  const drain = () => {
    for (; cursor < months.length; cursor++) {
      const m = months[cursor];
      next.months[m] = monthKey(byMonth.get(m)!);
      if (changedSet.has(m)) {
        const r = results.get(m);
        if (!r) return;
        results.delete(m);
        take({ month: m, members: byMonth.get(m)! }, r);
        continue;
      }
      keepOld(BODY_TABLES, monthPart(m));
      global.addBatch(readFacts(L.transformCache, m), added);
      bar.tick(byMonth.get(m)!.length);
    }
  };
  // worker threads, started when the first phase with much to do needs them
  const runner = new StageRunner<Job, JobResult>({
    script: new URL('./worker.ts', import.meta.url),
    setup: { data, referenceDir },
    local: (job) => runJob(data, ref, job),
    threads: opts.threads,
    parallelFrom: opts.parallelFrom,
  });
  try {
    await runner.each(
      jobs,
      (r, i) => {
        results.set(jobs[i].month, r as MonthResult);
        drain();
      },
      { work: todo, from: PARALLEL_FROM },
    );
    drain();
    // digests without a dated entry still carry quarantine rows and a digest row
    const u = results.get(null);
    if (u) take({ month: null, members: undated }, u);

    // the API files, once every digest is in: which papers the digests list decides which
    // become papers of their own; their votes and those papers' metrics are staged beside the
    // digests' months (`…/month=2025-03-hf`)
    const hfDays = readHfDays(data);
    if (hfDays.length) {
      const hf = hfTables(hfDays, (id) => global.hasPaper(id), {
        topics: (title, sections) => ref.topics.tag(title, sections),
        metrics: (p) => metricRows(p, ref.benchmarks),
      });
      global.addBatch(
        factsBatch(
          hfDays.map((d) => `hf\0${d.source_path}`),
          hf.facts,
        ),
      );
      global.setHf(hf.api, hf.only, hf.users);
      for (const [name, rows, order] of [
        ['votes', hf.votes, ['observed_on', 'source_path', 'arxiv_id']],
        ['metrics', hf.metrics, ['digest_date', 'arxiv_id', 'sentence', 'value']],
      ] as const) {
        const def = tableDef(name);
        const byMonth = new Map<string, Row[]>();
        for (const r of rows) {
          const m = (r[def.partitionBy!] as string).slice(0, 7);
          (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(r);
        }
        for (const [m, monthRows] of byMonth)
          record(stagePartition(L.transformDir, def, `${monthPart(m)}-hf`, monthRows.sort(byColumns(order))));
      }
    }

    // 2. global tables: the whole-history ones here; the paper-level ones a partition (of first
    //    appearances) at a time, as jobs, each skipped when what it needs has not changed
    const fin = global.finish();
    const stageWhole = (name: string, rows: Row[]) => {
      const def = tableDef(name);
      for (const [part, partRows] of partitionRows(def, rows)) record(stagePartition(L.transformDir, def, part, partRows));
    };
    for (const [name, rows] of fin.tables) stageWhole(name, rows);
    // a partition's job, unless the old index has its files for the same inputs
    const jobsOf = function* <P extends { part: string }>(
      kind: 'papers' | 'authors',
      parts: Iterable<P>,
      key: (p: P) => string,
      job: (p: P) => PaperJob | AuthorJob,
    ): Generator<PaperJob | AuthorJob> {
      for (const p of parts) {
        const k = key(p);
        (next.paper_parts![p.part] ??= { papers: '', authors: '' })[kind] = k;
        if (old?.paper_parts?.[p.part]?.[kind] === k && stillStaged(PART_TABLES[kind], p.part)) keepOld(PART_TABLES[kind], p.part);
        else yield job(p);
      }
    };
    const paperKey = (p: PaperPart) => {
      const h = createHash('sha256');
      hashPaperPart(h, p); // the API's columns and papers included
      return h.update(p.months.map((m) => next.months[m] ?? '').join(',')).digest('hex');
    };
    const authorKey = (p: AuthorPart) => {
      const h = createHash('sha256');
      hashAuthorPart(h, p);
      return h.digest('hex');
    };
    const paperJobs = jobsOf('papers', fin.papers, paperKey, (p) => ({ kind: 'papers', papers: p }));
    // workers when many months of papers are to be written (a new history, a new code version);
    // papers and paper_topics need no author identities: the threads are handed all their
    // partitions at once and write them while this one resolves the identities (in this
    // thread, they are written before)
    const paperPhase = { work: changed.length, from: PAPER_PARALLEL_FROM };
    const papersDone = runner.each(paperJobs, (r) => (r as StagedPart[]).forEach(record), { ...paperPhase, ahead: Infinity });
    papersDone.catch(() => {}); // awaited below; not unhandled should the identities fail first
    const authors = fin.authors();
    stageWhole('authors', authors.table);
    const authorJobs = jobsOf('authors', authors.parts, authorKey, (p) => ({ kind: 'authors', authors: p }));
    await papersDone;
    await runner.each(authorJobs, (r) => (r as StagedPart[]).forEach(record), paperPhase);
  } finally {
    bar.done();
    await runner.close();
  }
  const computed = jobs.reduce((n, j) => n + j.members.length, 0);
  const liveFacts = new Set(months.map((m) => `facts-${m}.v8`));
  sweep(orphans(L.transformCache, (name) => liveFacts.has(name)));

  const byPart = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  next.tables = Object.fromEntries(
    TABLES.filter((d) => next.tables[d.name]).map((d) => [d.name, Object.fromEntries(Object.entries(next.tables[d.name]).sort(byPart))]),
  );
  writeIfChanged(L.transformIndex, JSON.stringify(next, null, 1));
  // staged files no index refers to: older versions, and temporaries of killed runs
  const live = new Set(Object.values(next.tables).flatMap((parts) => Object.values(parts).map((p) => p.file)));
  for (const def of TABLES) sweep(orphans(join(L.transformDir, def.name), (name) => live.has(`${def.name}/${name}`)));
  return {
    digests: index.files.length,
    computed,
    entries: countEntries(index),
    papers: countRows(next, 'papers'),
    rows: countRows(next),
    files: countFiles(next),
    partitionsWritten: written,
  };
}
