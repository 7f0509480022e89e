// Speed code, kept apart from the rules: remembering what pure functions of a string returned.

/**
 * `fn`, remembered for the strings it was asked about: the same few thousand names recur in
 * every summary. The map is emptied when it holds `max` strings (bounded memory, no LRU
 * bookkeeping); strings longer than `maxLength` (whole texts, asked once) are not kept.
 */
export function memoString<T>(fn: (s: string) => T, max = 50_000, maxLength = 200): (s: string) => T {
  const known = new Map<string, T>();
  return (s: string): T => {
    if (s.length > maxLength) return fn(s);
    let v = known.get(s);
    if (v === undefined && !known.has(s)) {
      v = fn(s);
      if (known.size >= max) known.clear();
      known.set(s, v);
    }
    return v as T;
  };
}

/** Whether `text` holds one of `needles`: a cheap test in front of a regular expression every
 *  match of which contains one (a scan that cannot match is skipped). */
export function containsAny(text: string, needles: readonly string[]): boolean {
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}

const MATCHES = new WeakMap<RegExp, Map<string, readonly RegExpExecArray[]>>();
/** Every match of a global regex in `s`, as `exec` from 0 finds them, remembered for the last
 *  `keep` texts it was run over: for a scan of a sentence repeated for each value in it. The
 *  matches are shared: not to be changed. */
export function matchesIn(re: RegExp, s: string, keep = 16): readonly RegExpExecArray[] {
  let recent = MATCHES.get(re);
  if (!recent) MATCHES.set(re, (recent = new Map()));
  let found = recent.get(s);
  if (!found) {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) {
      out.push(m);
      if (m[0] === '') re.lastIndex++; // (an empty match: step on, as matchAll does)
    }
    found = out;
    if (recent.size >= keep) recent.delete(recent.keys().next().value!);
    recent.set(s, found);
  }
  return found;
}
