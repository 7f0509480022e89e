// Is a short name the acronym of a long one (`TALE` of `Token-Budget-Aware LLM Reasoning`)? Read by the
// own-name finder (system.ts) and the benchmark finder (`Named Entity Recognition (NER)에서`: NER).

/** `TALE` of `Token-Budget-Aware LLM Reasoning`: capitals whose first is the long name's
 *  first letter, all of them in order among its letters, most of them starting its words. */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,6}$/.test(short) || !/[\s-]/.test(long) || (short.match(/[A-Z]/g) ?? []).length < 2) return false;
  const caps = short.replace(/[^A-Z]/g, '').toLowerCase(),
    l = long.toLowerCase();
  if (caps[0] !== l[0]) return false;
  const initials = new Set(long.split(/[\s-]+/).map((w) => w[0]?.toLowerCase()));
  let at = 0,
    onInitial = 0;
  for (const c of caps) {
    at = l.indexOf(c, at);
    if (at < 0) return false;
    if (initials.has(c)) onInitial++;
    at++;
  }
  return onInitial * 2 >= caps.length;
}
