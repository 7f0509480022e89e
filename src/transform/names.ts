// Author names: a clean display form and a matching key that folds what spelling varies in.

// Letters NFKD does not decompose into ASCII + combining mark.
const FOLD: Record<string, string> = {
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ŀ: 'l',
  ħ: 'h',
};

/** NFKC, whitespace and stray quote/bracket clean-up; spelling otherwise kept as written. */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/"/g, (q, i, all: string) => ((all.match(/"/g) ?? []).length % 2 ? '' : q)) // an unbalanced quote is list debris
    .replace(/\s+/g, ' ')
    .replace(/^[\s'"\[\]()]+|[\s'"\[\](),]+$/g, '')
    .replace(/\.(?=\p{L})/gu, '. ') // "J.Yang" → "J. Yang"
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/** Folds case, diacritics, hyphens, periods and apostrophes: `Wen-Tau Yih` ≡ `wen tau yih`. */
export function nameKey(name: string): string {
  const folded = normalizeName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => FOLD[ch] ?? ch)
    .toLowerCase()
    .replace(/['".]/g, '')
    .replace(/[-_,;/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded;
}

/** The key an author's mentions are grouped and looked up by: the folded name, or the name in
 *  lower case when folding leaves nothing (a name of only punctuation or unknown script). */
export const authorKey = (name: string) => nameKey(name) || name.toLowerCase();

export function keyTokens(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** `noah d goodman` → `noah goodman`; null when the key has no middle initial to drop. */
export function withoutMiddleInitials(key: string): string | null {
  const t = keyTokens(key);
  if (t.length < 3 || t[0].length < 2) return null;
  const middle = t.slice(1, -1);
  if (!middle.every((m) => m.length === 1)) return null;
  return `${t[0]} ${t[t.length - 1]}`;
}

/** `j yang`, `z z ren`: the first name is only an initial. */
export function isInitialOnly(key: string): boolean {
  const t = keyTokens(key);
  return t.length >= 2 && t[0].length === 1;
}

/** Could the abbreviated `j yang` stand for the full `jiachen yang`? */
export function abbreviates(initialKey: string, fullKey: string): boolean {
  const a = keyTokens(initialKey);
  const b = keyTokens(fullKey);
  if (b.length < 2 || b[0].length < 2) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (!b[0].startsWith(a[0])) return false;
  // middle parts, if the abbreviated form has any, must agree by initial
  const am = a.slice(1, -1);
  const bm = b.slice(1, -1);
  if (am.length === 0) return true;
  if (am.length !== bm.length) return false;
  return am.every((m, i) => bm[i].startsWith(m));
}

function wellFormed(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  return words.every((w) => {
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length === 1) return letters === letters.toUpperCase();
    const upper = letters === letters.toUpperCase();
    // `XU`, `MA` are shouted surnames; `JD` (no vowel) is a pair of initials
    if (upper) return letters.length === 2 && !/[AEIOUY]/.test(letters);
    return /^\p{Lu}/u.test(letters);
  });
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const hasDiacritics = (s: string) => /[^\x00-\x7f]/.test(s.normalize('NFKC'));

/**
 * The display form: the most frequent well-formed spelling; among equally good ones the
 * form with diacritics wins (they are lost in transliteration, never added by mistake).
 */
export function pickDisplayName(variants: Map<string, number>): string {
  const anyDiacritics = [...variants.keys()].some(hasDiacritics);
  let best: string | null = null;
  let bestScore: number[] = [];
  for (const [name, count] of variants) {
    const score = [wellFormed(name) ? 1 : 0, anyDiacritics && hasDiacritics(name) ? 1 : 0, count, -name.length];
    const c = best === null ? 1 : compareScores(score, bestScore);
    if (c > 0 || (c === 0 && name < best!)) {
      best = name;
      bestScore = score;
    }
  }
  return best ?? '';
}
