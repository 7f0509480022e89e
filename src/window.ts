// --since / --until: a report window, and --weeks: the topic trends' recent window, validated
// once for every script that takes them.
import { UsageError } from './errors.js';
import { isValidDate } from './formats.js';

export const WINDOW_OPTIONS = {
  since: { type: 'string' as const },
  until: { type: 'string' as const },
  weeks: { type: 'string' as const },
};

/** Longest trend window: 10 years of weeks (the earlier window is three times as long). */
export const MAX_WEEKS = 520;

export function parseWindow(values: Record<string, unknown>): { since?: string; until?: string; weeks?: number } {
  const out: { since?: string; until?: string; weeks?: number } = {};
  for (const k of ['since', 'until'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !isValidDate(v)) throw new UsageError(`--${k} must be a date YYYY-MM-DD, not "${String(v)}"`);
    out[k] = v;
  }
  if (values.weeks !== undefined) {
    const w = String(values.weeks);
    if (!/^\d+$/.test(w) || Number(w) < 1 || Number(w) > MAX_WEEKS)
      throw new UsageError(`--weeks must be a whole number of weeks from 1 to ${MAX_WEEKS}, not "${w}"`);
    out.weeks = Number(w);
  }
  if (out.since && out.until && out.since > out.until) throw new UsageError(`--since ${out.since} is after --until ${out.until}`);
  return out;
}
