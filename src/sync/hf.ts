// npm run sync -- --hf: the days of Hugging Face's api/daily_papers that data/hf/ lacks, one
// file per date (the response as received, once it parses as a JSON array). A file appears
// whole or not at all (written under a temporary name, renamed), so a stopped sync resumes
// by fetching the dates still missing.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { writeAtomic } from '../fsx.js';
import { hfFileDate, hfFileName } from '../staging/layout.js';
import { checkDay, missingDates, retryDelay } from './plan.js';
import { SourceError } from './digests.js';

export const HF_API = 'https://huggingface.co/api/daily_papers';
/** The upstream generator read the API from 2024-10 on: the default start of a first sync. */
export const HF_SINCE = '2024-10-01';

export interface HfSyncOptions {
  dir: string;
  since: string;
  until: string;
  baseUrl?: string;
  /** requests in flight at once */
  concurrency?: number;
  /** requests started per second, at most */
  rate?: number;
  timeoutMs?: number;
  /** attempts per date (429, 5xx, a timeout, a cut connection or truncated JSON are retried) */
  attempts?: number;
  backoffMs?: number;
  /** the longest wait a Retry-After may ask for */
  maxWaitMs?: number;
  /** a file was written (name, items) */
  onSaved?: (date: string, items: number) => void;
  /** a date failed an attempt and will be tried again */
  onRetry?: (date: string, reason: string, waitMs: number) => void;
}

export interface HfSyncResult {
  present: number;
  fetched: { date: string; items: number }[];
  failed: { date: string; reason: string }[];
}

/** Network errors that mean the host cannot be reached at all (offline, no DNS, nothing listening). */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

function errorCode(err: unknown): string | undefined {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

class Unreachable extends Error {}

/** Request starts spaced at least `intervalMs` apart, whatever the concurrency. */
function politeGate(intervalMs: number): () => Promise<void> {
  let next = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + intervalMs;
    if (at > now) await sleep(at - now);
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function presentDates(dir: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    /* no folder yet */
  }
  return names.map(hfFileDate).filter((d): d is string => d !== null);
}

export async function syncHf(o: HfSyncOptions): Promise<HfSyncResult> {
  const baseUrl = o.baseUrl ?? HF_API;
  const attempts = o.attempts ?? 5;
  const timeoutMs = o.timeoutMs ?? 30_000;
  const backoffMs = o.backoffMs ?? 1000;
  const gate = politeGate(1000 / (o.rate ?? 2));
  mkdirSync(o.dir, { recursive: true });
  // temporaries of a killed sync: never renamed, so never part of the folder's contents
  for (const name of readdirSync(o.dir)) if (/\.json\.tmp-\d+-\d+$/.test(name)) rmSync(join(o.dir, name), { force: true });
  const present = presentDates(o.dir);
  const todo = missingDates(o.since, o.until, present);
  const out: HfSyncResult = { present: present.filter((d) => d >= o.since && d <= o.until).length, fetched: [], failed: [] };
  const limit = pLimit(o.concurrency ?? 2);
  let reached = false; // a response came back: later connection errors are transient
  let fatal: Error | null = null;

  const fetchDay = async (date: string): Promise<void> => {
    const url = `${baseUrl}?date=${date}`;
    for (let attempt = 1; ; attempt++) {
      if (fatal) return;
      await gate();
      let reason: string;
      let retryAfter: string | null = null;
      let retryable = true;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
        reached = true;
        const body = await res.text(); // within the same timeout
        if (res.status === 200) {
          const day = checkDay(body);
          if (day.ok) {
            writeAtomic(join(o.dir, hfFileName(date)), body, true);
            out.fetched.push({ date, items: day.items });
            o.onSaved?.(date, day.items);
            return;
          }
          reason = `truncated or invalid response: ${day.reason}`;
        } else {
          reason = `HTTP ${res.status}`;
          retryAfter = res.headers.get('retry-after');
          retryable = res.status === 429 || res.status >= 500;
        }
      } catch (err) {
        const code = errorCode(err);
        const name = (err as Error).name;
        if (!reached && code && UNREACHABLE.has(code)) {
          fatal = new Unreachable(
            `cannot reach ${new URL(baseUrl).host} (${code}): are you offline? Nothing was written; run again when connected`,
          );
          return; // the queued dates return at once (clearQueue would leave their promises pending)
        }
        reason =
          name === 'TimeoutError' || name === 'AbortError'
            ? `no answer within ${timeoutMs / 1000} s`
            : `connection failed (${code ?? (err as Error).message})`;
      }
      if (!retryable || attempt >= attempts) {
        out.failed.push({ date, reason: attempt > 1 ? `${reason} after ${attempt} attempts` : reason });
        return;
      }
      const wait = retryDelay(attempt, backoffMs, retryAfter, Date.now(), Math.random, o.maxWaitMs ?? 60_000);
      o.onRetry?.(date, reason, wait);
      await sleep(wait);
    }
  };

  await Promise.all(todo.map((d) => limit(() => fetchDay(d))));
  if (fatal) throw new SourceError((fatal as Error).message);
  out.fetched.sort((a, b) => a.date.localeCompare(b.date));
  out.failed.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}
