// The `Authors:` line, in both of its shapes: `A, B, +` and the Python-list `['A', 'B']`.

export interface AuthorList {
  names: string[];
  truncated: boolean;
}

const QUOTED = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

function splitItems(value: string): string[] {
  const s = value.trim();
  if (s.startsWith('[')) {
    const items: string[] = [];
    for (const m of s.matchAll(QUOTED)) {
      const v = m[1] ?? m[2];
      items.push(v.includes('\\') ? v.replace(/\\(.)/g, '$1') : v);
    }
    if (items.length > 0) return items;
    return s.replace(/^\[|\]$/g, '').split(',');
  }
  return s.split(',');
}

/** Stray list punctuation left around a name: quotes, brackets, whitespace. */
export function cleanRawName(item: string): string {
  const t = item.trim();
  if (!/['"`\[\]]|\s\s/.test(t)) return t; // the usual case: nothing to clean
  return item
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s'"`\[\]]+|[\s'"`\[\]]+$/g, '')
    .trim();
}

export function parseAuthors(value: string): AuthorList {
  const names: string[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const item of splitItems(value)) {
    const name = cleanRawName(item);
    if (name === '') continue;
    // `+` stands for the authors the generator left out; it is not a person.
    if ((name.charCodeAt(0) === 43 /* + */ && /^\+\s*\d*$/.test(name)) || name === '…' || name === '...') {
      truncated = true;
      continue;
    }
    if (seen.has(name)) continue; // the generator sometimes repeats a name inside one list
    seen.add(name);
    names.push(name);
  }
  return { names, truncated };
}
