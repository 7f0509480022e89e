// The settings vocabulary (data/reference/settings.csv): the conditions a result is reported under
// (zero-shot, 5-shot, tree search, CFG…), with their English and Korean spellings, so that results
// under different conditions are told apart on the same board, and a system's variants by them.
import { readCsvRows } from '../csv.js';
import { PaperlakeError } from '../errors.js';
import { aliasKey, aliasSource } from './metricvocab.js';

export interface SettingRef {
  /** the name; a word `N` stands for the number the text gives; `*`: as the text writes it */
  setting: string;
  aliases: string[];
  /** a variant of the system that reports it (`X (tree search)`), not only how it was evaluated */
  variant: boolean;
}

/** A setting named in a sentence. */
export interface SettingMention {
  start: number;
  end: number;
  /** the name with its number (`5-shot`), `without <name>` where the text negates it */
  setting: string;
  /** the name as the vocabulary gives it, without the negation: `with X` and `without X` share it */
  base: string;
  negated: boolean;
  variant: boolean;
}

// (`CFG 없이`, `가이던스를 적용하지 않은`, `재정렬을 사용하지 않고`, `CFG)를 사용하지 않고`; `without reranking`, `w/o CFG`)
const NEGATED_AFTER =
  /^\)?\s*(?:(?:(?:을|를|이|가|은|는|의)?\s*(?:적용|사용|이용|활용|통합)?\s*(?:하지|되지)\s*않)|(?:을|를)?\s*(?:없이|없는|없을|미적용|미사용|제외))/;
const NEGATED_BEFORE = /(?:\bwithout|\bw\/o|\bno)\s+$/i;
// Not a condition of a result (each with its corpus sentence in the tests):
// - a part of a name (`CMMLU-0shot-CoT에서`);
// - a thing the setting is part of (`리스트 재정렬기는`): a Korean name goes on with more than a particle;
// - a method of it, as a subject (`신뢰도 기반 자기 일관성 방법은 94.2%의 샘플을 절약`);
// - a setting's own thing (`CFG의 이미지 품질을 유지하면서`), or what the result is compared with, up
//   to three words on (`트리 탐색 에이전트에 비해`, `기존 Best-of-N 방법과 비교하여`, `제로샷 베이스라인인`,
//   `(CFG)와 동등한 품질`, `표준 자기 일관성과 동일한`), unless a place comes first (`제로샷 정확도에서 기본 모델 대비`).
const COMPOUND_AFTER = /^[가-힣](?<![을를이가은는의에와과로도만])/u;
const METHOD_SUBJECT = /^\s*(?:방법|기법|방식|알고리즘|모델|에이전트|시스템)?\s*(?:은|는|이|가)\s/;
const COMPARED_AFTER =
  /^(?:\)?\s*의\s|\)?\s*(?:[^\s,.]+\s+){0,3}?[^\s,.]*?(?:보다|에\s*비해|에\s*비하여|대비|(?:와|과)\s*(?:비교|동등|동일|비슷|유사|같은)|(?:을|를)\s*(?:능가|앞서|앞지)|베이스라인|baseline))/i;

function notTheResults(s: string, start: number, end: number): boolean {
  // (part of a name: `CMMLU-0shot-CoT에서 30.2%`)
  if (/[\w-]/.test(s[start - 1] ?? '') || /^-[A-Za-z]/.test(s.slice(end, end + 2))) return true;
  const after = s.slice(end, end + 32);
  if (/[가-힣]/.test(s[end - 1] ?? '') && COMPOUND_AFTER.test(after)) return true;
  if (METHOD_SUBJECT.test(after)) return true;
  const c = COMPARED_AFTER.exec(after);
  return c !== null && !/에서/.test(c[0]);
}

export class SettingVocab {
  private union: RegExp | null;
  private byGroup: SettingRef[] = [];

  constructor(readonly refs: readonly SettingRef[]) {
    const alts: string[] = [];
    for (const r of refs) {
      // (longest first: `5-shot` before a bare number's rows)
      const src = [...r.aliases].sort((a, b) => b.length - a.length).map((a) => aliasSource(a).replace(/\((?!\?)/g, '(?:'));
      alts.push(`(${src.join('|')})`);
      this.byGroup.push(r);
    }
    this.union = alts.length ? new RegExp(alts.join('|'), 'gi') : null;
  }

  /** The settings a sentence names, in order. */
  in(s: string): SettingMention[] {
    const out: SettingMention[] = [];
    if (!this.union) return out;
    const re = this.union;
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const g = m.findIndex((x, i) => i > 0 && x !== undefined);
      const ref = this.byGroup[g - 1];
      const end = m.index + m[0].length;
      if (notTheResults(s, m.index, end)) continue;
      const n = /\d+/.exec(m[0])?.[0];
      const base = ref.setting === '*' ? m[0].replace(/(?<=\S)\s?GPU$/, '') : n ? ref.setting.replace(/\bN\b/, n) : ref.setting;
      const negated = NEGATED_AFTER.test(s.slice(end, end + 16)) || NEGATED_BEFORE.test(s.slice(Math.max(0, m.index - 10), m.index));
      out.push({ start: m.index, end, setting: negated ? `without ${base}` : base, base, negated, variant: ref.variant });
    }
    return out;
  }
}

/** Reads and checks settings.csv: a one-line error naming the file and line for an empty name, a
 *  variant other than 0 or 1, a duplicate alias or a pattern that does not compile. */
export function readSettings(path: string): SettingRef[] {
  const seen = new Map<string, number>();
  return readCsvRows(path, ['setting', 'aliases', 'variant']).map(({ line, row: r }) => {
    const fail = (why: string): never => {
      throw new PaperlakeError(`${path}:${line}: ${why}`);
    };
    if (!r.setting) fail('empty setting');
    if (r.variant !== '0' && r.variant !== '1') fail(`variant must be 0 or 1, not "${r.variant}"`);
    const aliases = [
      r.setting,
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
    return { setting: r.setting, aliases, variant: r.variant === '1' };
  });
}
