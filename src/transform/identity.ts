// Author identity resolution over the whole lake: one person, one id, and no merge without a
// reason that can be stated (merge_reason).
import type { Row } from '../schema/tables.js';
import { sha256 } from '../hash.js';
import { abbreviates, isInitialOnly, nameKey, normalizeName, pickDisplayName, withoutMiddleInitials } from './names.js';

export interface Mention {
  arxiv_id: string;
  raw_name: string;
  position: number;
  list_truncated: boolean;
  first_seen: string;
  digest_date: string;
}

export interface AliasRule {
  variant: string;
  canonical: string;
  action: 'merge' | 'split';
}

interface KeyInfo {
  key: string;
  variants: Map<string, number>;
  papers: Set<string>;
  first: string;
  last: string;
}

class UnionFind {
  parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) { p = this.find(p); this.parent.set(x, p); }
    return p;
  }
  union(a: string, b: string) { const ra = this.find(a), rb = this.find(b); if (ra !== rb) this.parent.set(rb, ra); }
}

export function authorId(key: string): string {
  return `au_${sha256(key).slice(0, 12)}`;
}

export interface Resolution {
  authors: Row[];
  paperAuthors: Row[];
  /** raw name → author_id, for evaluation and lookups */
  idOf: (raw: string) => string | undefined;
}

export function resolveAuthors(mentions: readonly Mention[], aliases: readonly AliasRule[] = []): Resolution {
  const info = new Map<string, KeyInfo>();
  const byPaper = new Map<string, Set<string>>();
  const keyOfRaw = new Map<string, string>();
  const shownOfRaw = new Map<string, string>();
  for (const m of mentions) {
    let key = keyOfRaw.get(m.raw_name);
    if (key === undefined) {
      key = nameKey(m.raw_name) || m.raw_name.toLowerCase();
      keyOfRaw.set(m.raw_name, key);
    }
    let k = info.get(key);
    if (!k) { k = { key, variants: new Map(), papers: new Set(), first: m.digest_date, last: m.digest_date }; info.set(key, k); }
    let shown = shownOfRaw.get(m.raw_name);
    if (shown === undefined) { shown = normalizeName(m.raw_name); shownOfRaw.set(m.raw_name, shown); }
    k.variants.set(shown, (k.variants.get(shown) ?? 0) + 1);
    k.papers.add(m.arxiv_id);
    if (m.digest_date < k.first) k.first = m.digest_date;
    if (m.digest_date > k.last) k.last = m.digest_date;
    let s = byPaper.get(m.arxiv_id);
    if (!s) byPaper.set(m.arxiv_id, (s = new Set()));
    s.add(key);
  }

  const coauthors = (key: string): Set<string> => {
    const out = new Set<string>();
    for (const p of info.get(key)!.papers) for (const k of byPaper.get(p)!) if (k !== key) out.add(k);
    return out;
  };
  const sharedCoauthor = (a: string, b: string): string | null => {
    const ca = coauthors(a);
    for (const k of coauthors(b)) if (ca.has(k) && k !== a && k !== b) return k;
    return null;
  };

  const uf = new UnionFind();
  const reasons = new Map<string, string[]>(); // key → why it joined
  const forbidden = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a}\0${b}` : `${b}\0${a}`);
  const members = () => {
    const groups = new Map<string, string[]>();
    for (const key of info.keys()) {
      const r = uf.find(key);
      let g = groups.get(r);
      if (!g) groups.set(r, (g = []));
      g.push(key);
    }
    return groups;
  };
  const canJoin = (a: string, b: string): boolean => {
    if (forbidden.size === 0) return true;
    const groups = members();
    const ga = groups.get(uf.find(a)) ?? [a];
    const gb = groups.get(uf.find(b)) ?? [b];
    return !ga.some((x) => gb.some((y) => forbidden.has(pair(x, y))));
  };
  const join = (into: string, from: string, reason: string) => {
    if (uf.find(into) === uf.find(from) || !canJoin(into, from)) return;
    uf.union(into, from);
    reasons.set(from, [...(reasons.get(from) ?? []), reason]);
  };

  // 1. The alias file wins over the rules.
  for (const a of aliases) {
    const v = nameKey(a.variant), c = nameKey(a.canonical);
    if (a.action === 'split') forbidden.add(pair(v, c));
  }
  for (const a of aliases) {
    const v = nameKey(a.variant), c = nameKey(a.canonical);
    if (a.action === 'merge' && info.has(v) && info.has(c)) join(c, v, `alias file: "${a.variant}" is "${a.canonical}"`);
  }

  // 2. Middle initials: `Noah D. Goodman` joins `Noah Goodman` on evidence.
  const expansions = new Map<string, string[]>();
  for (const key of info.keys()) {
    const plain = withoutMiddleInitials(key);
    if (plain && info.has(plain)) {
      let e = expansions.get(plain);
      if (!e) expansions.set(plain, (e = []));
      e.push(key);
    }
  }
  for (const [plain, keys] of expansions) {
    for (const key of keys) {
      const shared = sharedCoauthor(plain, key);
      if (shared) join(plain, key, `middle initial: shares co-author "${pickDisplayName(info.get(shared)!.variants)}" with "${pickDisplayName(info.get(plain)!.variants)}"`);
      else if (keys.length === 1) join(plain, key, `middle initial: the only expansion of "${pickDisplayName(info.get(plain)!.variants)}" in the lake`);
    }
  }

  // 3. Abbreviated first names (`J. Yang`): only with co-author evidence, and only when
  //    exactly one full name qualifies.
  const byLast = new Map<string, string[]>();
  for (const key of info.keys()) {
    if (isInitialOnly(key)) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    let l = byLast.get(last);
    if (!l) byLast.set(last, (l = []));
    l.push(key);
  }
  for (const key of info.keys()) {
    if (!isInitialOnly(key)) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const evidence: [string, string][] = [];
    for (const full of byLast.get(last) ?? []) {
      if (!abbreviates(key, full)) continue;
      const shared = sharedCoauthor(full, key);
      if (shared) evidence.push([full, shared]);
    }
    const targets = new Set(evidence.map(([f]) => uf.find(f)));
    if (targets.size === 1) {
      const [full, shared] = evidence[0];
      join(full, key, `abbreviated first name: shares co-author "${pickDisplayName(info.get(shared)!.variants)}" with "${pickDisplayName(info.get(full)!.variants)}"`);
    }
  }

  // Ids: the cluster's earliest-seen key, so later digests do not renumber existing people.
  const groups = members();
  const idOfKey = new Map<string, string>();
  const authors: Row[] = [];
  for (const keys of groups.values()) {
    keys.sort((a, b) => (info.get(a)!.first < info.get(b)!.first ? -1 : info.get(a)!.first > info.get(b)!.first ? 1 : a < b ? -1 : a > b ? 1 : 0));
    const root = keys[0];
    const id = authorId(root);
    const variants = new Map<string, number>();
    const papers = new Set<string>();
    let first = info.get(root)!.first, last = info.get(root)!.last;
    const why: string[] = [];
    for (const k of keys) {
      const spellings = info.get(k)!.variants;
      if (spellings.size > 1) why.push(`${[...spellings.keys()].sort().join(' / ')} ← spelling: same key "${k}"`);
      const i = info.get(k)!;
      idOfKey.set(k, id);
      for (const [v, n] of i.variants) variants.set(v, (variants.get(v) ?? 0) + n);
      for (const p of i.papers) papers.add(p);
      if (i.first < first) first = i.first;
      if (i.last > last) last = i.last;
      for (const r of reasons.get(k) ?? []) why.push(`${pickDisplayName(i.variants)} ← ${r}`);
    }
    authors.push({
      author_id: id,
      display_name: pickDisplayName(variants),
      name_key: root,
      variants: [...variants.keys()].sort(),
      n_papers: papers.size,
      first_seen: first,
      last_seen: last,
      merge_reason: why.length ? why.sort().join('; ') : null,
    });
  }
  authors.sort((a, b) => ((a.author_id as string) < (b.author_id as string) ? -1 : 1));

  const paperAuthors: Row[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const id = idOfKey.get(keyOfRaw.get(m.raw_name)!)!;
    const k = `${m.arxiv_id}\0${id}`;
    if (seen.has(k)) continue; // two spellings of one person in one list
    seen.add(k);
    paperAuthors.push({ arxiv_id: m.arxiv_id, author_id: id, position: m.position, raw_name: m.raw_name, list_truncated: m.list_truncated, first_seen: m.first_seen });
  }
  return { authors, paperAuthors, idOf: (raw) => { const k = keyOfRaw.get(raw) ?? nameKey(raw); return idOfKey.get(k); } };
}
