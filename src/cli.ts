// The CLI contract shared by every script: --digests, --data, --reports, --help (DESIGN.md).
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { PaperlakeError, UsageError } from './errors.js';

export interface Paths {
  digests: string;
  data: string;
  reports: string;
  /** --full: ignore caches and rebuild everything */
  full?: boolean;
}

type Extra = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

export function parseCli<E extends Extra>(usage: string, extra: E = {} as E, argv = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        digests: { type: 'string', default: 'data/digests' },
        data: { type: 'string', default: 'data' },
        reports: { type: 'string', default: 'reports' },
        help: { type: 'boolean', short: 'h', default: false },
        full: { type: 'boolean', default: false },
        ...extra,
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see --help)`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) {
    process.stdout.write(`${usage.trim()}\n\nCommon options:\n  --digests DIR   input digests (default data/digests)\n  --data DIR      staging + lake root (default data)\n  --reports DIR   report output (default reports)\n  --full          ignore the caches and rebuild everything\n  -h, --help      this text\n`);
    process.exit(0);
  }
  const paths: Paths = { digests: resolve(v.digests as string), data: resolve(v.data as string), reports: resolve(v.reports as string), full: v.full === true };
  return { paths, values: v, positionals: parsed.positionals };
}

/** Top-level runner: one-line reason and a meaningful exit code on failure. */
export async function main(fn: () => Promise<void>): Promise<void> {
  // V8 lets the heap grow to about twice what is live before it collects; on the 100× bench
  // that was 1.1 GB of RSS for ~450 MB live. Growing by 15% at a time keeps it near what is
  // live (0.57 GB) for ~3% more time. Set before any work, so the first limits use it.
  setFlagsFromString('--heap-growing-percent=15');
  // `npm run query … | head` closes the pipe early: that is the reader's choice, not a failure
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await fn();
  } catch (err) {
    const code = err instanceof PaperlakeError ? err.exitCode : 1;
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`paperlake: ${msg.split('\n')[0]}\n`);
    if (process.env.PAPERLAKE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = code;
  }
  // for npm run bench: peak memory of this process, on request
  if (process.env.PAPERLAKE_STATS) {
    const u = process.resourceUsage(); // every thread's: workers' and DuckDB's too
    process.stderr.write(`PAPERLAKE_STATS ${JSON.stringify({ maxRssKb: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 })}\n`);
  }
}
