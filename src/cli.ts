// The CLI contract shared by every script (DESIGN.md): each script declares its options, and
// the parser here gives every one the same behaviour — --help with the script's own options
// and an example, "did you mean" for a mistyped flag, stray arguments refused, exit code 2 for
// any of it (the codes are listed in README.md and src/errors.ts).
import { resolve } from 'node:path';
import { EXIT_FAILURE, PaperlakeError, UsageError } from './errors.js';

export interface Paths {
  digests: string;
  data: string;
  reports: string;
  /** --full: ignore caches and rebuild everything */
  full?: boolean;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** the value's placeholder in the help: DIR, FILE, DATE */
  arg?: string;
  help?: string;
}

/** The options most scripts share; a script lists the ones it takes. */
export const COMMON = {
  digests: { type: 'string', default: 'data/digests', arg: 'DIR', help: 'the digests folder (default data/digests)' },
  data: { type: 'string', default: 'data', arg: 'DIR', help: 'staging and lake root (default data)' },
  reports: { type: 'string', default: 'reports', arg: 'DIR', help: 'where the reports are written (default reports)' },
  full: { type: 'boolean', default: false, help: 'ignore every cache and rebuild' },
} as const satisfies Record<string, OptionSpec>;

export interface CommandSpec {
  /** the npm script: extract, eval:metrics */
  name: string;
  /** what follows `npm run NAME --` in the usage line (default `[options]`) */
  synopsis?: string;
  /** what the command does: a paragraph or two */
  about?: string;
  options: Record<string, OptionSpec>;
  /** positional arguments taken (none unless given) */
  args?: { min: number; max: number; name: string };
  examples?: string[];
  /** text after the examples: exit codes, notes */
  notes?: string;
  /** the older form: a whole usage text, printed before the common options */
  usage?: string;
}

export type Values = Record<string, string | boolean | undefined>;

export type Parsed = { help: true; text: string } | { help: false; values: Values; positionals: string[] };

/** Edit distance with transpositions (optimal string alignment): `--reprots` is one edit away. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known option nearest a mistyped one, if it is near enough to be what was meant: a few
 *  edits (fewer for short names), or the start of exactly one name (`--verb`). */
export function nearestOption(name: string, known: readonly string[]): string | undefined {
  const n = name.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(n, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  if (best !== undefined && bestD <= Math.min(2, Math.max(1, Math.floor(best.length / 3)))) return best;
  const prefixed = known.filter((k) => n.length >= 3 && k.startsWith(n));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

// An argument is an option when it looks like one: `--name`, `--name=value`, `-h`. Anything
// else, `-` (standard input) and SQL such as `-- comment\nselect 1` included, is an argument.
const OPTION = /^(--?)([A-Za-z][A-Za-z0-9-]*)(?:=([\s\S]*))?$/;

function helpOf(spec: CommandSpec): string {
  const line = (name: string, o: OptionSpec) =>
    `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
  if (spec.usage) {
    const common = Object.entries(COMMON).map(([n, o]) => `  ${line(n, o).padEnd(16)}${o.help}`);
    return `${spec.usage.trim()}\n\nCommon options:\n${common.join('\n')}\n  -h, --help      this text\n`;
  }
  const opts = Object.entries(spec.options).map(([name, o]) => [line(name, o), o.help ?? '']);
  opts.push(['-h, --help', 'this text']);
  const w = Math.max(...opts.map(([l]) => l.length)) + 2;
  const out = [`Usage: npm run ${spec.name} -- ${spec.synopsis ?? '[options]'}`];
  if (spec.about) out.push('', spec.about.trim());
  out.push('', 'Options:', ...opts.map(([l, h]) => `  ${l.padEnd(w)}${h}`.trimEnd()));
  if (spec.examples?.length) out.push('', spec.examples.length > 1 ? 'Examples:' : 'Example:', ...spec.examples.map((e) => `  ${e}`));
  if (spec.notes) out.push('', spec.notes.trim());
  return `${out.join('\n')}\n`;
}

/** The command line against the script's options: pure, so every rule has a unit test. */
export function parseArgv(spec: CommandSpec, argv: readonly string[]): Parsed {
  const see = `see npm run ${spec.name} -- --help`;
  const longs = Object.keys(spec.options);
  const shorts = new Map(
    Object.entries(spec.options)
      .filter(([, o]) => o.short)
      .map(([n, o]) => [o.short!, n]),
  );
  // --help wins over every other problem on the line: it is what someone who is lost types
  const terminator = argv.indexOf('--');
  const head = terminator < 0 ? argv : argv.slice(0, terminator);
  if (head.some((a) => a === '--help' || a === '-h')) return { help: true, text: helpOf(spec) };

  const values: Values = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const m = OPTION.exec(a);
    if (!m) {
      positionals.push(a);
      continue;
    }
    const [, dashes, raw, inline] = m;
    const name = dashes === '-' && raw.length === 1 ? shorts.get(raw) : dashes === '--' && spec.options[raw] ? raw : undefined;
    if (name === undefined) {
      const guess = nearestOption(raw, [...longs, 'help']);
      const elsewhere = nearestOption(raw, Object.keys(COMMON));
      const hint = guess
        ? ` (did you mean --${guess}?)`
        : dashes === '-' && spec.options[raw]
          ? ` (did you mean --${raw}?)`
          : elsewhere
            ? ` (npm run ${spec.name} takes no --${elsewhere})`
            : '';
      throw new UsageError(`unknown option ${dashes}${raw}${hint}; ${see}`);
    }
    const o = spec.options[name];
    if (values[name] !== undefined) throw new UsageError(`--${name} is given twice; ${see}`);
    if (o.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value (got "${inline}"); ${see}`);
      values[name] = true;
      continue;
    }
    let v = inline;
    if (v === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && OPTION.test(next)) || next === '--')
        throw new UsageError(`--${name} needs a value (${o.arg ?? 'VALUE'}); ${see}`);
      v = next;
      i++;
    }
    values[name] = v;
  }
  const max = spec.args?.max ?? 0;
  if (positionals.length > max) {
    const stray = positionals[max];
    throw new UsageError(
      max === 0
        ? `npm run ${spec.name} takes no arguments, only options: "${stray}"; ${see}`
        : `unexpected argument "${stray}" (npm run ${spec.name} takes ${max === 1 ? 'one' : `at most ${max}`}: ${spec.args!.name}); ${see}`,
    );
  }
  if (positionals.length < (spec.args?.min ?? 0)) throw new UsageError(`npm run ${spec.name} needs ${spec.args!.name}; ${see}`);
  for (const [name, o] of Object.entries(spec.options)) if (values[name] === undefined && o.default !== undefined) values[name] = o.default;
  return { help: false, values, positionals };
}

/** Parse the process's command line: prints the help and exits 0 on --help. */
export function parseCommand(spec: CommandSpec, argv = process.argv.slice(2)): { paths: Paths; values: Values; positionals: string[] } {
  const p = parseArgv(spec, argv);
  if (p.help) {
    process.stdout.write(p.text);
    process.exit(0);
  }
  const v = p.values;
  const dir = (k: 'digests' | 'data' | 'reports') => resolve(typeof v[k] === 'string' ? (v[k] as string) : COMMON[k].default);
  const paths: Paths = { digests: dir('digests'), data: dir('data'), reports: dir('reports'), full: v.full === true };
  return { paths, values: v, positionals: p.positionals };
}

type Extra = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

/** The older form (a usage text and extra options beside all four common ones); kept for
 *  scripts not yet written as a CommandSpec. Same rules: no arguments, "did you mean". */
export function parseCli<E extends Extra>(usage: string, extra: E = {} as E, argv = process.argv.slice(2)) {
  const name = /npm run ([\w:-]+)/.exec(usage)?.[1] ?? 'this';
  return parseCommand({ name, usage, options: { ...COMMON, ...extra } }, argv);
}

/** Top-level runner: one-line reason and a meaningful exit code on failure. */
export async function main(fn: () => Promise<void>): Promise<void> {
  // `npm run query … | head` closes the pipe early: that is the reader's choice, not a failure
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await fn();
  } catch (err) {
    const code = err instanceof PaperlakeError ? err.exitCode : EXIT_FAILURE;
    process.stderr.write(`paperlake: ${failureLine(err)}\n`);
    if (process.env.PAPERLAKE_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = code;
  }
  // for npm run bench: peak memory of this process, on request
  if (process.env.PAPERLAKE_STATS) {
    const u = process.resourceUsage(); // every thread's: workers' and DuckDB's too
    process.stderr.write(
      `PAPERLAKE_STATS ${JSON.stringify({ maxRssKb: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 })}\n`,
    );
  }
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file where a folder was expected',
  EISDIR: 'a folder where a file was expected',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the disk',
};

/** One line for any failure; a file-system error not caught closer to its cause still says
 *  which path and what, in words, not Node's `ENOENT: no such file or directory, open '…'`. */
export function failureLine(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (!(err instanceof PaperlakeError) && e && typeof e.code === 'string' && ERRNO[e.code] && e.path) return `${e.path}: ${ERRNO[e.code]}`;
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0];
}
