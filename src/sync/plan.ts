// Pure decisions of `npm run sync`: which upstream file lands where, whether to copy it, and
// which API dates are still missing. No I/O here; src/sync/digests.ts and hf.ts do that.
import { isValidDate } from '../formats.js';

/** The upstream layout: `paper_logs/YYYY/MM/DD.md` and the generator's index. */
const DIGEST_PATH = /^paper_logs\/(\d{4})\/(\d{2})\/(\d{2})\.md$/;
export const INDEX_PATH = 'paper_logs/papers_list.csv';
export const INDEX_NAME = 'papers_list.csv';

/** The file name an upstream path is copied to in the digests folder (`YYYY-MM-DD.md`), or
 *  null for files that are not digests (READMEs, images, other folders). */
export function digestTarget(upstreamPath: string): string | null {
  if (upstreamPath === INDEX_PATH) return INDEX_NAME;
  const m = DIGEST_PATH.exec(upstreamPath);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidDate(date) ? `${date}.md` : null;
}

/**
 * What to do with one upstream file, from hashes: the upstream content, the local file (null:
 * absent) and the contents syncs wrote there. A local file no sync wrote as it is now is the
 * user's — an edit, or their own file — and is kept.
 */
export type CopyAction = 'add' | 'update' | 'same' | 'keep';

export function copyAction(upstream: string, local: string | null, written: readonly string[]): CopyAction {
  if (local === null) return 'add';
  if (local === upstream) return 'same';
  return written.includes(local) ? 'update' : 'keep';
}

const DAY = 86_400_000;

/** Every date from `since` to `until`, both included (YYYY-MM-DD, UTC). */
export function dateRange(since: string, until: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`), end = Date.parse(`${until}T00:00:00Z`); t <= end; t += DAY) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** The day before `now`, UTC: the last whole day the API has finished listing. */
export function yesterday(now = new Date()): string {
  return new Date(now.getTime() - DAY).toISOString().slice(0, 10);
}

/** The dates of [since, until] that have no file yet, oldest first. */
export function missingDates(since: string, until: string, present: Iterable<string>): string[] {
  const have = new Set(present);
  return dateRange(since, until).filter((d) => !have.has(d));
}

/**
 * How long to wait before retry `attempt` (1 = the first retry): the server's Retry-After when
 * it gives one (seconds or an HTTP date; capped), else exponential backoff with jitter.
 */
export function retryDelay(
  attempt: number,
  baseMs: number,
  retryAfter: string | null,
  now = Date.now(),
  random = Math.random,
  capMs = 60_000,
): number {
  if (retryAfter) {
    const secs = Number(retryAfter);
    const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, capMs);
  }
  const exp = baseMs * 2 ** (attempt - 1);
  return Math.min(capMs, exp / 2 + random() * (exp / 2));
}

/** Is a response body a day of the API: a JSON array? (A cut connection gives truncated JSON.) */
export function checkDay(body: string): { ok: true; items: number } | { ok: false; reason: string } {
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch (err) {
    return { ok: false, reason: `not valid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (!Array.isArray(v)) return { ok: false, reason: 'not a JSON array' };
  return { ok: true, items: v.length };
}
