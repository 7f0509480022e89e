// npm run sync (a): digests from a git repository in the upstream layout into the digests folder.
// The repository is fetched (depth 1) into a bare cache under the data folder, and files are
// read from git's objects, not from a checkout. Nothing in the digests folder is ever deleted.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { EXIT_UNAVAILABLE, PaperlakeError } from '../errors.js';
import { readJsonIfExists, writeAtomic } from '../fsx.js';
import { sha256 } from '../hash.js';
import { copyAction, digestTarget, type CopyAction } from './plan.js';

/** The repository the digests come from, when `--from` is not given. Only a default. */
export const UPSTREAM_REPO = 'https://github.com/l-yohai/daily_papers_ko';

/** A source could not be read (a repository, the API): exit 69, EX_UNAVAILABLE. */
export class SourceError extends PaperlakeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, EXIT_UNAVAILABLE, options);
  }
}

/** What the last sync wrote into the digests folder, by file name (a dotfile: extract skips it). */
export const STATE_NAME = '.paperlake-sync.json';
interface SyncState {
  from: string;
  commit: string;
  /** file name → SHA-256 of the contents syncs wrote there, the latest last */
  files: Record<string, string[]>;
}

/** Hashes kept per file: enough to know the sync's own writes across a few upstream edits. */
const KEEP_WRITTEN = 4;

export interface DigestSyncOptions {
  from: string;
  digests: string;
  /** the bare cache repository (under --data) */
  cache: string;
  /** each git command's limit */
  timeoutMs?: number;
  /** called after each file is written: tests interrupt a sync here */
  afterWrite?: (name: string) => void;
}

export interface DigestSyncResult {
  commit: string;
  changes: { name: string; action: CopyAction }[];
}

function git(args: string[], opts: { cwd?: string; input?: string; timeoutMs: number; what: string }): Promise<Buffer> {
  return new Promise((done, fail) => {
    // no prompt for credentials: an unknown or private URL fails instead of waiting for a user
    const child = spawn('git', args, { cwd: opts.cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(new SourceError(`${opts.what}: cannot run git (${e.message})`, { cause: e }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return done(Buffer.concat(out));
      const why = signal
        ? `timed out after ${opts.timeoutMs / 1000} s`
        : lastLine(Buffer.concat(err).toString('utf8')) || `git exited ${code}`;
      fail(new SourceError(`${opts.what}: ${why}`));
    });
    child.stdin.on('error', () => {
      /* git exited before reading: its exit code says why */
    });
    child.stdin.end(opts.input ?? '');
  });
}

const lastLine = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .pop()
    ?.replace(/^(fatal|error): /, '') ?? '';

/** A local path is given to git as an absolute path; URLs (scheme:// or user@host:) as they are. */
export function repoArg(from: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from) || /^[^/\\]+@[^/\\]+:/.test(from)) return from;
  return isAbsolute(from) ? from : resolve(from);
}

/** Read blobs through one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` each. */
async function readBlobs(cache: string, oids: string[], timeoutMs: number): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (oids.length === 0) return out;
  const buf = await git(['cat-file', '--batch'], {
    cwd: cache,
    input: oids.join('\n') + '\n',
    timeoutMs,
    what: 'reading the fetched files',
  });
  for (let at = 0; at < buf.length; ) {
    const nl = buf.indexOf(10, at);
    const [oid, type, size] = buf.subarray(at, nl).toString('latin1').split(' ');
    if (type !== 'blob') throw new SourceError(`reading the fetched files: ${oid} is ${type ?? 'unreadable'}`);
    out.set(oid, buf.subarray(nl + 1, nl + 1 + Number(size)));
    at = nl + 1 + Number(size) + 1;
  }
  return out;
}

export async function syncDigests(o: DigestSyncOptions): Promise<DigestSyncResult> {
  const timeoutMs = o.timeoutMs ?? 300_000;
  const from = repoArg(o.from);
  if (!existsSync(join(o.cache, 'HEAD'))) {
    mkdirSync(o.cache, { recursive: true });
    await git(['init', '--quiet', '--bare', o.cache], { timeoutMs, what: `creating ${o.cache}` });
  }
  // depth 1: the history is not needed, and the upstream's is long
  await git(['fetch', '--quiet', '--depth', '1', '--no-tags', from, 'HEAD'], { cwd: o.cache, timeoutMs, what: `git fetch ${o.from}` });
  const commit = (await git(['rev-parse', 'FETCH_HEAD'], { cwd: o.cache, timeoutMs, what: 'reading the fetched commit' }))
    .toString()
    .trim();
  const tree = (
    await git(['ls-tree', '-r', '-z', commit, '--', 'paper_logs'], { cwd: o.cache, timeoutMs, what: 'listing paper_logs' })
  ).toString('utf8');
  const wanted: { name: string; oid: string }[] = [];
  for (const ent of tree.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(ent);
    const name = m && digestTarget(m[2]);
    if (name) wanted.push({ name, oid: m[1] });
  }
  if (wanted.length === 0) throw new SourceError(`${o.from} has no paper_logs/YYYY/MM/DD.md files (is it in the upstream layout?)`);
  wanted.sort((a, b) => a.name.localeCompare(b.name));

  const statePath = join(o.digests, STATE_NAME);
  const prev = readJsonIfExists<SyncState>(statePath);
  const state: SyncState = { from: o.from, commit, files: { ...(prev?.files ?? {}) } };
  const blobs = await readBlobs(o.cache, [...new Set(wanted.map((w) => w.oid))], timeoutMs);
  const plan = wanted.map((w) => {
    const bytes = blobs.get(w.oid)!;
    const upstream = sha256(bytes);
    const path = join(o.digests, w.name);
    const local = existsSync(path) ? sha256(readFileSync(path)) : null;
    return { ...w, bytes, upstream, path, action: copyAction(upstream, local, state.files[w.name] ?? []) };
  });
  const copies = plan.filter((p) => p.action === 'add' || p.action === 'update');
  // upstream's content is recorded as the sync's before it is written (and when a file already
  // holds it): a sync stopped midway leaves each file old or new, and either way the next sync
  // knows it for upstream's, not a user's edit
  for (const p of plan) {
    if (p.action !== 'keep')
      state.files[p.name] = [...(state.files[p.name] ?? []).filter((h) => h !== p.upstream), p.upstream].slice(-KEEP_WRITTEN);
  }
  const stateText = JSON.stringify(state, null, 1) + '\n';
  const saveState = () => {
    if (!existsSync(statePath) || readFileSync(statePath, 'utf8') !== stateText) writeAtomic(statePath, stateText);
  };
  mkdirSync(o.digests, { recursive: true });
  saveState();
  for (const p of copies) {
    writeAtomic(p.path, p.bytes);
    o.afterWrite?.(p.name);
  }
  return { commit, changes: plan.filter((p) => p.action !== 'same').map((p) => ({ name: p.name, action: p.action })) };
}
