// npm run bench -- [--scale 1,10,100] [--keep DIR]: speed and memory per stage and scale, and
// the extract parser against marked.lexer and a bare read-and-split pass on the same files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandArgs } from '../bin/paperlake.mjs';
import { synthesize } from '../src/bench/synth.js';
import { main, parseCommand } from '../src/cli.js';
import { UsageError } from '../src/errors.js';
import { parseDigest } from '../src/extract/parse.js';
import { info } from '../src/log.js';
import { ROOT } from '../src/paths.js';
import { decodeUtf8 } from '../src/utf8.js';

interface Row {
  what: string;
  scale: string;
  seconds: number;
  cpu?: number | null;
  papers: number;
  mb: number;
  rssMb: number | null;
}

function stage(script: string, args: string[]): { seconds: number; cpu: number | null; rssMb: number | null; out: string } {
  const t0 = performance.now();
  // as `npm run <stage>` runs it (bin/paperlake.mjs: the same Node flags, without the launcher)
  const r = spawnSync(process.execPath, commandArgs(script, args), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', PAPERLAKE_STATS: '1' },
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0)
    throw new Error(
      `${script} failed: ${r.stderr
        .split('\n')
        .filter((l) => l.startsWith('paperlake'))
        .join(' ')}`,
    );
  const m = /PAPERLAKE_STATS (\{.*\})/.exec(r.stderr);
  const stats = m ? (JSON.parse(m[1]) as { maxRssKb: number; cpuSeconds: number }) : null;
  return { seconds, cpu: stats?.cpuSeconds ?? null, rssMb: stats ? stats.maxRssKb / 1024 : null, out: r.stdout.trim() };
}

function table(rows: Row[]): string {
  const head = ['what', 'scale', 'wall s', 'CPU s', 'papers/s', 'MB/s', 'peak RSS MB'];
  const cells = rows.map((r) => [
    r.what,
    r.scale,
    r.seconds.toFixed(2),
    r.cpu == null ? '' : r.cpu.toFixed(1),
    r.papers ? Math.round(r.papers / r.seconds).toString() : '',
    r.mb ? (r.mb / r.seconds).toFixed(1) : '',
    r.rssMb === null ? '' : Math.round(r.rssMb).toString(),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => (i < 2 ? x.padEnd(w[i]) : x.padStart(w[i]))).join(' | ')} |`;
  return [line(head), `|${w.map((n, i) => (i < 2 ? '-'.repeat(n + 2) : `${'-'.repeat(n + 1)}:`)).join('|')}|`, ...cells.map(line)].join(
    '\n',
  );
}

await main(async () => {
  const { values } = parseCommand({
    name: 'bench',
    about: `Generates synthetic digests at each scale factor of the real corpus, runs every stage as its own
process and prints wall time, CPU time (all threads), papers/s, MB/s and peak RSS; then the whole
pipeline in one process (as npm run pipeline), the no-change re-run and one added digest, and the
extract parser against marked.lexer.`,
    options: {
      scale: { type: 'string', arg: 'LIST', default: '1,10', help: 'scale factors, comma-separated (default 1,10)' },
      corpus: {
        type: 'string',
        arg: 'DIR',
        default: join(ROOT, '..', 'shared', 'corpus', 'digests'),
        help: 'the real digests to replicate (default ../shared/corpus/digests)',
      },
      keep: { type: 'boolean', default: false, help: 'keep the work folder and say where it is' },
    },
    examples: ['npm run bench -- --scale 1,10,100'],
  });
  const scales = String(values.scale).split(',').map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s < 1)) throw new UsageError('--scale takes whole numbers, e.g. 1,10,100');
  const corpus = values.corpus as string;
  const work = mkdtempSync(join(tmpdir(), 'paperlake-bench-'));
  const rows: Row[] = [];
  try {
    for (const k of scales) {
      const digests = join(work, `digests-${k}x`);
      const syn = synthesize(corpus, digests, k);
      const mb = syn.bytes / 1e6;
      const data = join(work, `data-${k}x`),
        reports = join(work, `reports-${k}x`);
      const args = ['--digests', digests, '--data', data, '--reports', reports];
      // each stage takes only its own folders
      const stageArgs: Record<string, string[]> = {
        extract: ['--digests', digests, '--data', data],
        transform: ['--data', data],
        load: ['--data', data],
        report: ['--data', data, '--reports', reports],
      };
      info(`${k}×: ${syn.files} digests, ${mb.toFixed(1)} MB, ${syn.papers} paper entries`);
      let total = 0,
        cpu = 0,
        peak = 0;
      for (const s of ['extract', 'transform', 'load', 'report']) {
        const r = stage(s, stageArgs[s]);
        total += r.seconds;
        cpu += r.cpu ?? NaN;
        peak = Math.max(peak, r.rssMb ?? 0);
        rows.push({ what: s, scale: `${k}×`, seconds: r.seconds, cpu: r.cpu, papers: syn.papers, mb, rssMb: r.rssMb });
      }
      rows.push({
        what: 'end to end',
        scale: `${k}×`,
        seconds: total,
        cpu: Number.isNaN(cpu) ? null : cpu,
        papers: syn.papers,
        mb,
        rssMb: peak,
      });
      // what `npm run pipeline` does on a fresh lake: the four stages in one process
      const one = stage('run', [
        '--digests',
        digests,
        '--data',
        join(work, `data-${k}x-one`),
        '--reports',
        join(work, `reports-${k}x-one`),
      ]);
      rows.push({ what: 'npm run pipeline', scale: `${k}×`, seconds: one.seconds, cpu: one.cpu, papers: syn.papers, mb, rssMb: one.rssMb });
      rmSync(join(work, `data-${k}x-one`), { recursive: true, force: true });
      const again = stage('run', args);
      rows.push({ what: 'no-change re-run', scale: `${k}×`, seconds: again.seconds, cpu: again.cpu, papers: 0, mb: 0, rssMb: again.rssMb });
      // one more digest: the last real one, moved one day past the synthetic history
      const last = readdirSync(digests).sort().pop()!;
      const next = new Date(Date.parse(`${last.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      copyFileSync(join(digests, last), join(digests, `${next}.md`));
      const text = readFileSync(join(digests, `${next}.md`), 'utf8')
        .replace(/\(\d{4}-\d{2}-\d{2}\)/, `(${next})`)
        .replace(/abs\/(\d{4})\.(\d+)/g, (_, a, b) => `abs/${a}.9${String(b).slice(-4)}`);
      (await import('node:fs')).writeFileSync(join(digests, `${next}.md`), text);
      const add = stage('run', args);
      rows.push({ what: 'add one digest', scale: `${k}×`, seconds: add.seconds, cpu: add.cpu, papers: 0, mb: 0, rssMb: add.rssMb });
      unlinkSync(join(digests, `${next}.md`));
    }

    // The parser against marked.lexer and the floor, in this process, on the 1× files.
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(corpus, f)));
    const mb = files.reduce((n, b) => n + b.length, 0) / 1e6;
    const { marked } = await import('marked');
    // best of several runs, the same for each: the least disturbed by the rest of the machine
    const time = (fn: () => void, reps = 7) => {
      fn();
      let best = Infinity;
      for (let i = 0; i < reps; i++) {
        const t0 = performance.now();
        fn();
        best = Math.min(best, performance.now() - t0);
      }
      return best / 1000;
    };
    // all three decode the bytes the same (fastest) way: the parser's own decoding is no edge
    const floor = time(() => {
      for (const b of files) decodeUtf8(b).split('\n');
    });
    const ours = time(() => {
      for (const b of files) parseDigest(b, 'x.md', '');
    });
    const lexer = time(() => {
      for (const b of files) marked.lexer(decodeUtf8(b));
    });
    rows.push({ what: 'read+split (floor)', scale: '1×', seconds: floor, papers: 0, mb, rssMb: null });
    rows.push({ what: 'extract parser', scale: '1×', seconds: ours, papers: 0, mb, rssMb: null });
    rows.push({ what: 'marked.lexer', scale: '1×', seconds: lexer, papers: 0, mb, rssMb: null });
    info('');
    info(table(rows));
    info('');
    info(
      `extract parser vs marked.lexer: ${(lexer / ours).toFixed(1)}× faster; vs the read+split floor: ${(ours / floor).toFixed(1)}× its time`,
    );
  } finally {
    if (values.keep) info(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
});
