// --since / --until: a report window, validated once for every script that takes it.
import { UsageError } from './errors.js';
import { isValidDate } from './extract/parse.js';

export const WINDOW_OPTIONS = { since: { type: 'string' as const }, until: { type: 'string' as const } };

export function parseWindow(values: Record<string, unknown>): { since?: string; until?: string } {
  const out: { since?: string; until?: string } = {};
  for (const k of ['since', 'until'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !isValidDate(v)) throw new UsageError(`--${k} must be a date YYYY-MM-DD, not "${String(v)}"`);
    out[k] = v;
  }
  if (out.since && out.until && out.since > out.until) throw new UsageError(`--since ${out.since} is after --until ${out.until}`);
  return out;
}
