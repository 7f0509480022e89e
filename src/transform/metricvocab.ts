// The metric vocabulary (data/reference/metrics.csv): canonical metric names with their English
// and Korean spellings, compiled once into the patterns the extractor and the benchmark finder
// use, so one list says both "this name is a metric" and which metric it is.
import { readCsvRows } from '../csv.js';
import { PaperlakeError } from '../errors.js';

export interface MetricRef {
  metric: string;
  /** every spelling, the id first */
  aliases: string[];
  case: 'exact' | 'any';
  direction: 'higher' | 'lower';
  unit: string | null;
  anchor: boolean;
  family: string | null;
}

/** One alternative of the extractor's union: a row's aliases that share a case rule. */
export interface MetricTerm {
  metric: string;
  /** regex source of the aliases, longest first */
  source: string;
  flags: '' | 'i';
  anchor: boolean;
}

const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Regex source of one alias: `re:` as written; else literal, whole-word at ASCII ends, a space
 *  or hyphen matching either or nothing, `#` a number and `@k` a cut-off (`@1`, `@10`, `@K=10`). */
export function aliasSource(alias: string): string {
  if (alias.startsWith('re:')) return alias.slice(3);
  let src = '';
  for (let i = 0; i < alias.length; i++) {
    const c = alias[i];
    if (c === '@' && (alias[i + 1] === 'k' || alias[i + 1] === 'K') && !isAsciiWord(alias[i + 2])) {
      src += '@(?:\\d+|[kK]=\\d+)';
      i++;
    } else if (c === '#') src += '\\d+';
    else if (c === ' ' || c === '-') src += '[\\s-]?';
    else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const last = alias.endsWith('#') ? '0' : alias[alias.length - 1];
  return `${isAsciiWord(alias[0]) ? '\\b' : ''}${src}${isAsciiWord(last) ? '\\b' : ''}`;
}

/** Duplicate-alias key: NFKC, case, spaces and hyphens do not count (they match alike). */
export const aliasKey = (a: string) =>
  a.startsWith('re:')
    ? a
    : a
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s-]+/g, '');

export class MetricVocab {
  readonly terms: readonly MetricTerm[];
  private byId = new Map<string, MetricRef>();
  private byKey = new Map<string, MetricRef>();
  /** each alias whole, any case: is a name (a benchmark candidate) one of these? */
  private whole: { re: RegExp; ref: MetricRef }[] = [];
  /** all of `whole` as one pattern, which matches a name if and only if one of them does: most
   *  names asked about are none, and one test says so where trying each alias took hundreds
   *  (null: some alias refers back to a group, which numbering them together would change) */
  private anyWhole: RegExp | null;
  private union?: RegExp;
  private caseOf?: RegExp[];

  constructor(readonly refs: readonly MetricRef[]) {
    const terms: MetricTerm[] = [];
    for (const r of refs) {
      this.byId.set(r.metric, r);
      for (const a of r.aliases) {
        if (!a.startsWith('re:')) this.byKey.set(aliasKey(a), r);
        this.whole.push({ re: new RegExp(`^(?:${aliasSource(a)})$`, 'i'), ref: r });
      }
      // an exact row's aliases of several words are words, not acronyms: any case
      const any = r.case === 'any' ? r.aliases : r.aliases.filter((a) => /\s/.test(a) && !a.startsWith('re:'));
      const exact = r.aliases.filter((a) => !any.includes(a));
      for (const [group, flags] of [
        [any, 'i'],
        [exact, ''],
      ] as const) {
        if (!group.length) continue;
        const source = [...group]
          .sort((a, b) => b.length - a.length)
          .map(aliasSource)
          .join('|');
        terms.push({ metric: r.metric, source, flags, anchor: r.anchor });
      }
    }
    this.terms = terms;
    const sources = refs.flatMap((r) => r.aliases.map(aliasSource));
    this.anyWhole = sources.some((x) => /\\[1-9k]/.test(x)) ? null : new RegExp(`^(?:${sources.map((x) => `(?:${x})`).join('|')})$`, 'i');
  }

  get(metric: string): MetricRef | null {
    return this.byId.get(metric) ?? null;
  }

  /** The canonical id of a metric's whole name, in any case (`Accuracy`, `정확도`, `FID-30K`);
   *  null when the vocabulary does not know it. */
  canonical(name: string): string | null {
    const n = name.trim();
    if (!n) return null;
    const known = this.byId.get(n)?.metric ?? this.byKey.get(aliasKey(n))?.metric;
    if (known !== undefined) return known;
    if (this.anyWhole && !this.anyWhole.test(n)) return null;
    return this.whole.find((w) => w.re.test(n))?.ref.metric ?? null;
  }

  /** The metric a phrase names last, each alias under its row's case rule: the head of an English
   *  compound (`zero-shot accuracy`, `task success rate`, `FID-30K 점수`); null when none. */
  named(text: string): string | null {
    this.union ??= new RegExp(this.terms.map((t) => `(${t.source.replace(/\((?!\?)/g, '(?:')})`).join('|') || '(?!)', 'gi');
    this.caseOf ??= this.terms.map((t) => new RegExp(`^(?:${t.source})$`, t.flags));
    let found: string | null = null;
    this.union.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = this.union.exec(text)) !== null; ) {
      const g = m.findIndex((x, i) => i > 0 && x !== undefined);
      if (g > 0 && this.caseOf[g - 1].test(m[g])) found = this.terms[g - 1].metric;
      if (m[0] === '') this.union.lastIndex++;
    }
    return found;
  }

  /** A metric's name where a benchmark's could be: any case, a plural `s`, a cut-off (`F1 0.5`,
   *  `CIDEr@0.5`, `Recall@20`). */
  isMetricName(raw: string): boolean {
    // the same few thousand names recur in every summary: each is looked up once
    let known = this.names.get(raw);
    if (known === undefined) {
      const head = raw.replace(/(?:\s+|@)[\d.]+$/, '');
      // (the name whole first: `pass@1` is pass@k's, though `pass` alone is nothing)
      known =
        this.canonical(raw) !== null ||
        this.canonical(head) !== null ||
        (/[a-z]s$/i.test(head) && this.canonical(head.slice(0, -1)) !== null);
      if (this.names.size > 50_000) this.names.clear();
      this.names.set(raw, known);
    }
    return known;
  }
  private names = new Map<string, boolean>();

  /** A name of several words whose last word is a metric's (`Onset ACC`, `Greedy Accuracy`): a measure. */
  endsInMetricName(raw: string): boolean {
    const last = /\s(\S+)$/.exec(raw)?.[1];
    return last !== undefined && this.isMetricName(last);
  }
}

/** Reads and checks metrics.csv: a one-line error naming the file and line for an empty id, an
 *  unknown case or direction, a bad anchor, a duplicate alias or a pattern that does not compile. */
export function readMetricVocab(path: string): MetricRef[] {
  const seen = new Map<string, number>();
  const out: MetricRef[] = [];
  for (const { line, row: r } of readCsvRows(path, ['metric', 'aliases', 'case', 'direction'])) {
    const fail = (why: string) => {
      throw new PaperlakeError(`${path}:${line}: ${why}`);
    };
    if (!r.metric) fail('empty metric id');
    if (r.case !== 'exact' && r.case !== 'any') fail(`case must be exact or any, not "${r.case}"`);
    if (r.direction !== 'higher' && r.direction !== 'lower') fail(`direction must be higher or lower, not "${r.direction}"`);
    if (!['', '0', '1'].includes(r.anchor ?? '')) fail(`anchor must be 1, 0 or blank, not "${r.anchor}"`);
    const aliases = [
      r.metric,
      ...(r.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
    ];
    for (const a of aliases) {
      const k = aliasKey(a);
      if (seen.has(k)) fail(`duplicate alias "${a}" (also on line ${seen.get(k)})`);
      seen.set(k, line);
      try {
        new RegExp(aliasSource(a));
      } catch (e) {
        fail(`alias "${a}" is not a valid pattern: ${(e as Error).message}`);
      }
    }
    out.push({
      metric: r.metric,
      aliases,
      case: r.case as 'exact' | 'any',
      direction: r.direction as 'higher' | 'lower',
      unit: r.unit || null,
      anchor: r.anchor === '1',
      family: r.family || null,
    });
  }
  return out;
}
