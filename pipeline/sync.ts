// npm run sync: bring the inputs up to date — digests from a git repository in the upstream
// layout, or (--hf) the days of Hugging Face's api/daily_papers missing from data/hf/.
import { join } from 'node:path';
import { main, parseCli } from '../src/cli.js';
import { EXIT_UNAVAILABLE, PaperlakeError, UsageError } from '../src/errors.js';
import { info, warn } from '../src/log.js';
import { locked } from '../src/pipeline.js';
import { syncDigests, UPSTREAM_REPO } from '../src/sync/digests.js';
import { HF_API, HF_SINCE, syncHf } from '../src/sync/hf.js';
import { yesterday } from '../src/sync/plan.js';
import { parseWindow } from '../src/window.js';

const USAGE = `Usage: npm run sync -- [--from URL|PATH]
       npm run sync -- --hf [--since DATE] [--until DATE]

Without --hf: fetch a git repository in the upstream layout (paper_logs/YYYY/MM/DD.md,
paper_logs/papers_list.csv) and copy its new and changed digests into the digests folder as
YYYY-MM-DD.md. A file you changed or added yourself is never overwritten or deleted.

  --from URL|PATH   the repository (default ${UPSTREAM_REPO})

With --hf: fetch each date of ${HF_API} that <data>/hf/ has no file for, one
YYYY-MM-DD.json per date; a stopped sync resumes where it stopped.

  --since DATE      first date (default ${HF_SINCE})
  --until DATE      last date (default yesterday, UTC: the last day the API has finished)
  --hf-url URL      the API (default ${HF_API})
  --concurrency N   requests in flight at once (default 2)
  --rate N          requests started per second, at most (default 2)
  --timeout SECS    per request (default 30)
  --attempts N      tries per date on 429, 5xx, timeouts and truncated answers (default 5)

Exit codes: 0 done, 2 bad command line, 69 the repository or the API could not be read
(offline, unknown URL, or dates still failing after every attempt: run again), 75 another
run holds the data folder.`;

function positiveNumber(values: Record<string, unknown>, key: string, fallback: number): number {
  const v = values[key];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${key} must be a positive number, not "${String(v)}"`);
  return n;
}

await main(async () => {
  const { paths, values } = parseCli(USAGE, {
    from: { type: 'string' },
    hf: { type: 'boolean', default: false },
    since: { type: 'string' },
    until: { type: 'string' },
    'hf-url': { type: 'string' },
    concurrency: { type: 'string' },
    rate: { type: 'string' },
    timeout: { type: 'string' },
    attempts: { type: 'string' },
  });
  if (!values.hf) {
    for (const k of ['since', 'until', 'hf-url', 'concurrency', 'rate', 'timeout', 'attempts']) {
      if (values[k] !== undefined) throw new UsageError(`--${k} is an option of --hf`);
    }
    const from = (values.from as string | undefined) ?? UPSTREAM_REPO;
    await locked(paths.data, async () => {
      const r = await syncDigests({ from, digests: paths.digests, cache: join(paths.data, 'sync', 'digests.git') });
      for (const c of r.changes) {
        if (c.action === 'keep') warn(`${c.name}: differs from ${from}'s and was not written by a sync: kept as it is`);
        else info(`${c.action === 'add' ? 'added' : 'updated'} ${c.name}`);
      }
      const n = (a: string) => r.changes.filter((c) => c.action === a).length;
      info(
        `sync      ${n('add')} added, ${n('update')} updated, ${n('keep')} kept as you changed them, from ${from} at ${r.commit.slice(0, 12)} → ${paths.digests}`,
      );
    });
    return;
  }
  if (values.from !== undefined) throw new UsageError('--from is for digests; --hf reads the API (--hf-url)');
  const w = parseWindow({ since: values.since, until: values.until ?? yesterday() });
  const since = w.since ?? HF_SINCE;
  const until = w.until!;
  if (since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const dir = join(paths.data, 'hf');
  await locked(paths.data, async () => {
    const r = await syncHf({
      dir,
      since,
      until,
      baseUrl: (values['hf-url'] as string | undefined) ?? HF_API,
      concurrency: Math.floor(positiveNumber(values, 'concurrency', 2)),
      rate: positiveNumber(values, 'rate', 2),
      timeoutMs: positiveNumber(values, 'timeout', 30) * 1000,
      attempts: Math.floor(positiveNumber(values, 'attempts', 5)),
      onSaved: (date, items) => info(`added ${date}.json (${items} papers)`),
      onRetry: (date, reason, ms) => warn(`${date}: ${reason}; trying again in ${(ms / 1000).toFixed(1)} s`),
    });
    for (const f of r.failed) warn(`${f.date}: ${f.reason}`);
    info(
      `sync      ${r.fetched.length} dates fetched (${r.fetched.filter((f) => f.items === 0).length} empty), ${r.present} already present, ${r.failed.length} failed, ${since}..${until} → ${dir}`,
    );
    if (r.failed.length) {
      throw new PaperlakeError(
        `sync: ${r.failed.length} date(s) could not be fetched (${r.failed[0].date}: ${r.failed[0].reason}); the others are saved: run again to resume`,
        EXIT_UNAVAILABLE,
      );
    }
  });
});
