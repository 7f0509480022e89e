// One sentence split of a section, shared by the result extraction (metrics.ts) and the
// attribution (system.ts): each had split every section with results on its own.
import { isSpace } from './terms.js';

/** Where a clause ends within a sentence: a connective ending and comma (`…하였으며, `, `…했고 `,
 *  `…으나`) or a semicolon. Global: set lastIndex to scan from a place. */
export const CONNECTIVE_END = /(?:며|고|으나|지만)\s*,|(?:으며|이며|하며|였으며|었으며|였고|했고|였지만|했지만)\s|;/g;

export interface Sentence {
  text: string;
  start: number;
}

/** Sentences: a full stop after a word (not a decimal point), ! ? 。, or a line break — the
 *  breaks `/(?<=[^\d\s][.!?。])\s+|\n+/g` finds (SENTENCE_BREAK, the reference in the tests),
 *  found by a scan: the regex with its look-behind was a tenth of the metric extraction. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let from = 0;
  // only where a break can be (a space after a stop, a line break) is looked at: the regex engine
  // passes over the rest faster than a loop over every character
  BREAK_AT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BREAK_AT.exec(text)) !== null; ) {
    const p = text.charCodeAt(m.index) === 10 ? m.index : m.index + 1; // the space
    let q = p + 1;
    if (p >= 2 && isStop(text.charCodeAt(p - 1)) && !isDigitOrSpace(text.charCodeAt(p - 2)) && !abbreviationAt(text, p)) {
      while (q < n && isSpace(text.charCodeAt(q))) q++;
    } else if (text.charCodeAt(p) === 10) {
      while (q < n && text.charCodeAt(q) === 10) q++;
    } else continue;
    pushSentence(out, text, from, p);
    from = q;
    BREAK_AT.lastIndex = q;
  }
  pushSentence(out, text, from, n);
  return out;
}
/** Where splitSentences looks: a stop with a space after it, or a line break. */
const BREAK_AT = /[.!?。]\s|\n/g;

export const SENTENCE_BREAK =
  /(?<=[^\d\s][.!?。])(?<!(?:^|[\s(])[A-Z][A-Za-z]{0,2}\.)\s+|(?<=(?:^|[\s(])[A-Z][A-Za-z]{0,2}\.)\s+(?![A-Z])|\n+/g;

/** `MR. Video`, `Dr. Smith`: a capitalised word of up to three letters and its period before a capital
 *  are an abbreviation inside a name, not a sentence's end. */
function abbreviationAt(text: string, p: number): boolean {
  if (text.charCodeAt(p - 1) !== 46) return false;
  let i = p - 2;
  while (i >= 0 && p - 2 - i < 3 && isLatin(text.charCodeAt(i))) i--;
  const word = p - 2 - i;
  if (word < 1 || word > 3 || (i >= 0 && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 40)) return false;
  if (!isUpper(text.charCodeAt(i + 1))) return false;
  let q = p;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  return isUpper(text.charCodeAt(q));
}
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLatin = (c: number) => isUpper(c) || (c >= 97 && c <= 122);

const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x3002; // . ! ? 。
const isDigitOrSpace = (c: number) => (c >= 48 && c <= 57) || isSpace(c);

// Hot helpers are module functions, not closures: tsx names every closure it creates (keepNames),
// which here cost more than the work.
function pushSentence(out: Sentence[], text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const t = raw.trim();
  if (t) out.push({ text: t, start: from + raw.indexOf(t) });
}

/** A section's text with its URLs and citations blanked to spaces: numbers in them are not results, a
 *  citation between two names listed parts them (`HumanEval (Chen et al., 2021) 및 MBPP (Austin et al.,
 *  2021a) 벤치마크에서`), and the offsets stay those of the text. */
export const blankUrls = (text: string) => {
  const t = text.replace(URL_OR_CITATION, (u) => ' '.repeat(u.length));
  return t.includes('배') || t.includes('fold') ? t.replace(NUMBER_WORD, spelled) : t; // (most sections have neither)
};
/** A multiple written as a word (`거의 두 배 향상`, `a two-fold speedup`) is read as its digits, right-aligned in
 *  the word's place (`두 배` → ` 2배`): the offsets stay those of the text. */
// (`두배` may be written solid; `세배`, `열배` are other words; `두 배우`, `세 배경` are not multiples)
export const NUMBER_WORD =
  /(?<![가-힣\w])(?:두\s?|(?:세|네|다섯|여섯|일곱|여덟|아홉|열)\s)배(?!우|달|추|경|열|치|포|송|분|정|제|당|려|출|양|심|신|터|구|기)|\b(?:two|three|four|five|six|seven|eight|nine|ten)[-\s]?fold\b/gi;
const WORD_VALUES: Record<string, number> = {
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
function spelled(w: string): string {
  const korean = w.endsWith('배');
  const word = korean ? w.slice(0, -1).trim() : /^[A-Za-z]+/.exec(w)![0].toLowerCase();
  const digits = `${WORD_VALUES[word]}${korean ? '배' : 'x'}`;
  return ' '.repeat(Math.max(0, w.length - digits.length)) + digits;
}
const URL_OR_CITATION =
  /https?:\/\/\S+|\((?:[^()]{0,60}?\bet al\.?|[A-Z][\w\-]+(?:\s+(?:and|&)\s+[A-Z][\w\-]+)?),?\s*(?:19|20)\d{2}[a-z]?\)/g;

const recent = new Map<string, readonly Sentence[]>();
/** The sentences of a section's text, URLs blanked (blankUrls), remembered for the last few
 *  sections: the extraction splits every section, the attribution the sections with results. */
export function sectionSentences(text: string): readonly Sentence[] {
  let found = recent.get(text);
  if (!found) {
    found = splitSentences(blankUrls(text));
    if (recent.size >= 32) recent.delete(recent.keys().next().value!);
    recent.set(text, found);
  }
  return found;
}
