// Many strings as one: the text of them all and where each ends. Millions of names, ids and
// titles cross a thread, a cache file and a hash as one copy — structured cloning or
// V8-serializing a string each cost more than the work done on them, and the garbage after.
// Any character is safe: nothing separates them.

export interface PackedStrings {
  text: string;
  /** end of string i in `text`; it starts where string i - 1 ends */
  ends: Int32Array;
  /** 1 where the string is null; null when none is */
  nulls: Uint8Array | null;
}

export function packStrings(xs: readonly (string | null)[]): PackedStrings {
  const ends = new Int32Array(xs.length);
  let nulls: Uint8Array | null = null;
  const parts: string[] = [];
  for (let i = 0, at = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x === null) (nulls ??= new Uint8Array(xs.length))[i] = 1;
    else {
      parts.push(x);
      at += x.length;
    }
    ends[i] = at;
  }
  return { text: parts.join(''), ends, nulls };
}

export function stringAt(p: PackedStrings, i: number): string | null {
  if (p.nulls !== null && p.nulls[i] === 1) return null;
  return p.text.slice(i === 0 ? 0 : p.ends[i - 1], p.ends[i]);
}

/** Strings [from, to) (all by default). */
export function unpackStrings(p: PackedStrings, from = 0, to = p.ends.length): (string | null)[] {
  const out = new Array<string | null>(to - from);
  for (let i = from; i < to; i++) out[i - from] = stringAt(p, i);
  return out;
}

/** Everything in it, for a hash: the text, then where each string ends and which are null. */
export function hashPacked(h: { update(x: string | Uint8Array): unknown }, p: PackedStrings): void {
  h.update(p.text);
  h.update(new Uint8Array(p.ends.buffer, p.ends.byteOffset, p.ends.byteLength));
  h.update(p.nulls ?? new Uint8Array(0));
}

/** A copy that does not keep the packed text alive. V8 makes a slice of 13 characters or more a
 *  view into its parent, so a string kept long after its batch (a name, an id) is copied out:
 *  slicing a concatenation flattens it into a new string first, one copy (split and join made
 *  a string per character: 12× slower, 1.5 s of the transform's main thread at 100×). */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
