// Author identity resolution over the whole lake: one person, one id, and no merge without a
// reason that can be stated (merge_reason).
import { columnsToRows, dateToDays } from '../schema/arrow.js';
import { tableDef, type Row } from '../schema/tables.js';
import { sha256 } from '../hash.js';
import { abbreviates, authorKey, isInitialOnly, nameKey, normalizeName, pickDisplayName, withoutMiddleInitials } from './names.js';

export interface AuthorMention {
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

class UnionFind {
  parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string) {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function authorId(key: string): string {
  return `au_${sha256(key).slice(0, 12)}`;
}

export interface Resolution {
  authors: Row[];
  /** raw name (and the Hugging Face user the API says wrote it, if any) → author_id, for
   *  paper_authors, evaluation and lookups */
  idOf: (raw: string, user?: HfUser | null) => string | undefined;
}

/** A Hugging Face account: `id` is the evidence (`user._id`), `handle` what people read. */
export interface HfUser {
  id: string;
  handle: string;
}

/** One paper's author list, as the transform has it (no per-mention objects: there are
 *  millions of mentions in a long history, and a few thousand distinct names). */
export interface AuthorList {
  arxiv_id: string;
  names: readonly string[];
  list_truncated: boolean;
  first_seen: string;
  digest_date: string;
  /** per name, the Hugging Face user an API file names for it on this paper (null: none) */
  users?: readonly (HfUser | null)[];
}

interface KeyStats {
  key: string;
  idx: number;
  variants: Map<string, number>;
  papers: number;
  lastPaper: number;
  first: string;
  last: string;
}

/** The key of a person among several Hugging Face users who share a name key. */
const userKey = (key: string, user: HfUser) => `${key}#hf:${user.id}`;

export function resolveAuthorLists(lists: readonly AuthorList[], aliases: readonly AliasRule[] = []): Resolution {
  const info = new Map<string, KeyStats>();
  const keyOfRaw = new Map<string, string>();
  // Hugging Face user ids are identity evidence. Two users under one name key are two people:
  // the mentions each user claimed get a key of their own (the name's other mentions, with no
  // user to tell, stay on the name's key); one user across keys is one person (joined below).
  const usersOfKey = new Map<string, Map<string, HfUser>>();
  for (const l of lists)
    l.users?.forEach((u, i) => {
      if (!u) return;
      const key = authorKey(l.names[i]);
      (usersOfKey.get(key) ?? usersOfKey.set(key, new Map()).get(key)!).set(u.id, u);
    });
  const split = new Map<string, HfUser[]>(); // name key → its users, when several
  for (const [key, us] of usersOfKey)
    if (us.size > 1)
      split.set(
        key,
        [...us.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
  const keyOfUserMention = new Map<string, string>(); // raw \0 user id → its own key
  const keyUser = new Map<string, HfUser>(); // a key and the one user it is known as
  // every mention's key, as an index into `keyList`, list after list: the later passes walk
  // these numbers instead of looking each name up again (3.5 million mentions at 100×)
  const keyList: KeyStats[] = [];
  const mentionKeys = new Int32Array(lists.reduce((n, l) => n + l.names.length, 0));
  // per distinct spelling (a few hundred thousand), not per mention: its key's stats, its
  // shown form, how often it was written
  const spellings = new Map<string, { k: KeyStats; shown: string; n: number }>();
  let at = 0;
  for (let li = 0; li < lists.length; li++) {
    const list = lists[li];
    for (let ni = 0; ni < list.names.length; ni++) {
      const raw = list.names[ni];
      const user = list.users?.[ni] ?? null;
      let sp = spellings.get(raw);
      if (user && split.size && split.has(authorKey(raw))) {
        // a split name: this mention's spelling counts for its user's key
        const key = userKey(authorKey(raw), user);
        keyOfUserMention.set(`${raw}\0${user.id}`, key);
        keyUser.set(key, user);
        const spKey = `${raw}\0${user.id}`;
        sp = spellings.get(spKey);
        if (sp === undefined) {
          let k = info.get(key);
          if (!k) {
            k = {
              key,
              idx: keyList.length,
              variants: new Map(),
              papers: 0,
              lastPaper: -1,
              first: list.digest_date,
              last: list.digest_date,
            };
            info.set(key, k);
            keyList.push(k);
          }
          spellings.set(spKey, (sp = { k, shown: normalizeName(raw), n: 0 }));
        }
      } else if (sp === undefined) {
        const key = authorKey(raw);
        keyOfRaw.set(raw, key);
        let k = info.get(key);
        if (!k) {
          k = { key, idx: keyList.length, variants: new Map(), papers: 0, lastPaper: -1, first: list.digest_date, last: list.digest_date };
          info.set(key, k);
          keyList.push(k);
        }
        spellings.set(raw, (sp = { k, shown: normalizeName(raw), n: 0 }));
      }
      if (user && !split.has(sp.k.key)) keyUser.set(sp.k.key, user);
      sp.n++;
      const k = sp.k;
      mentionKeys[at++] = k.idx;
      if (k.lastPaper !== li) {
        k.papers++;
        k.lastPaper = li;
      }
      if (list.digest_date < k.first) k.first = list.digest_date;
      if (list.digest_date > k.last) k.last = list.digest_date;
    }
  }
  for (const { k, shown, n } of spellings.values()) k.variants.set(shown, (k.variants.get(shown) ?? 0) + n);
  spellings.clear();

  // Keys that a rule might merge, and their possible partners: only these need co-authors.
  // (A split name's users' keys are not names: no rule takes them for one.)
  const expansions = new Map<string, string[]>();
  for (const key of info.keys()) {
    if (key.includes('#hf:')) continue;
    const plain = withoutMiddleInitials(key);
    if (plain && info.has(plain)) (expansions.get(plain) ?? expansions.set(plain, []).get(plain)!).push(key);
  }
  const byLast = new Map<string, string[]>();
  for (const key of info.keys()) {
    if (isInitialOnly(key) || key.includes('#hf:')) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(key);
  }
  const partners = new Map<string, string[]>(); // initial-only key → full names it may abbreviate
  for (const key of info.keys()) {
    if (!isInitialOnly(key)) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    const fulls = (byLast.get(last) ?? []).filter((full) => abbreviates(key, full));
    if (fulls.length) partners.set(key, fulls);
  }
  const candidates = new Set<string>();
  for (const [plain, keys] of expansions) {
    candidates.add(plain);
    for (const k of keys) candidates.add(k);
  }
  for (const [key, fulls] of partners) {
    candidates.add(key);
    for (const f of fulls) candidates.add(f);
  }
  const coauthorSets = new Map<string, Set<string>>();
  if (candidates.size) {
    const isCandidate = new Uint8Array(keyList.length);
    for (const c of candidates) isCandidate[info.get(c)!.idx] = 1;
    for (let li = 0, from = 0; li < lists.length; from += lists[li++].names.length) {
      const to = from + lists[li].names.length;
      for (let i = from; i < to; i++) {
        if (!isCandidate[mentionKeys[i]]) continue;
        const key = keyList[mentionKeys[i]].key;
        let set = coauthorSets.get(key);
        if (!set) coauthorSets.set(key, (set = new Set()));
        for (let j = from; j < to; j++) {
          const other = keyList[mentionKeys[j]].key;
          if (other !== key) set.add(other);
        }
      }
    }
  }
  const coauthors = (key: string) => coauthorSets.get(key) ?? new Set<string>();
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
  // Two keys known as different Hugging Face users are never one person: each cluster carries
  // its user, and no rule joins two clusters of different users.
  const rootUser = new Map<string, string>();
  for (const [key, u] of keyUser) rootUser.set(key, u.id);
  const join = (into: string, from: string, reason: string) => {
    const ri = uf.find(into),
      rf = uf.find(from);
    if (ri === rf || !canJoin(into, from)) return;
    const ui = rootUser.get(ri),
      uf2 = rootUser.get(rf);
    if (ui && uf2 && ui !== uf2) return;
    uf.union(into, from);
    if (!ui && uf2) rootUser.set(ri, uf2);
    reasons.set(from, [...(reasons.get(from) ?? []), reason]);
  };
  const shown = (key: string) => pickDisplayName(info.get(key)!.variants);

  // 1. The alias file wins over the rules.
  for (const a of aliases) if (a.action === 'split') forbidden.add(pair(nameKey(a.variant), nameKey(a.canonical)));
  for (const a of aliases) {
    const v = nameKey(a.variant),
      c = nameKey(a.canonical);
    if (a.action === 'merge' && info.has(v) && info.has(c)) join(c, v, `alias file: "${a.variant}" is "${a.canonical}"`);
  }

  // 1b. One Hugging Face user across spellings is one person.
  const byUser = new Map<string, string[]>();
  for (const [key, u] of keyUser) (byUser.get(u.id) ?? byUser.set(u.id, []).get(u.id)!).push(key);
  for (const keys of byUser.values()) {
    const sorted = [...keys].sort();
    for (const k of sorted.slice(1)) join(sorted[0], k, `same Hugging Face user "${keyUser.get(k)!.handle}" as "${shown(sorted[0])}"`);
  }

  // 2. Middle initials: `Noah D. Goodman` joins `Noah Goodman` on evidence.
  for (const [plain, keys] of expansions) {
    for (const key of keys) {
      const sharedWith = sharedCoauthor(plain, key);
      if (sharedWith) join(plain, key, `middle initial: shares co-author "${shown(sharedWith)}" with "${shown(plain)}"`);
      else if (keys.length === 1) join(plain, key, `middle initial: the only expansion of "${shown(plain)}" in the lake`);
    }
  }

  // 3. Abbreviated first names (`J. Yang`): only with co-author evidence, and only when
  //    exactly one full name qualifies.
  for (const [key, fulls] of partners) {
    const evidence: [string, string][] = [];
    for (const full of fulls) {
      const sharedWith = sharedCoauthor(full, key);
      if (sharedWith) evidence.push([full, sharedWith]);
    }
    const targets = new Set(evidence.map(([f]) => uf.find(f)));
    if (targets.size === 1) {
      const [full, sharedWith] = evidence[0];
      join(full, key, `abbreviated first name: shares co-author "${shown(sharedWith)}" with "${shown(full)}"`);
    }
  }

  // Ids: the cluster's earliest-seen key, so later digests do not renumber existing people.
  const groups = members();
  const idOfKey = new Map<string, string>();
  const merged = new Map<string, Set<number>>(); // distinct papers of clusters with several keys
  for (const keys of groups.values()) if (keys.length > 1) for (const k of keys) merged.set(k, new Set());
  if (merged.size) {
    const papersOf = keyList.map((k) => merged.get(k.key));
    for (let li = 0, i = 0; li < lists.length; li++)
      for (const end = i + lists[li].names.length; i < end; i++) papersOf[mentionKeys[i]]?.add(li);
  }
  const authors: Row[] = [];
  for (const keys of groups.values()) {
    keys.sort((a, b) =>
      info.get(a)!.first < info.get(b)!.first ? -1 : info.get(a)!.first > info.get(b)!.first ? 1 : a < b ? -1 : a > b ? 1 : 0,
    );
    const root = keys[0];
    const id = authorId(root);
    const variants = new Map<string, number>();
    let first = info.get(root)!.first,
      last = info.get(root)!.last;
    const why: string[] = [];
    const splitWhy: string[] = [];
    const users = new Set<string>();
    const papers = new Set<number>();
    for (const k of keys) {
      const i = info.get(k)!;
      if (i.variants.size > 1) why.push(`${[...i.variants.keys()].sort().join(' / ')} ← spelling: same key "${k}"`);
      idOfKey.set(k, id);
      for (const [v, n] of i.variants) variants.set(v, (variants.get(v) ?? 0) + n);
      if (keys.length > 1) for (const p of merged.get(k)!) papers.add(p);
      if (i.first < first) first = i.first;
      if (i.last > last) last = i.last;
      for (const r of reasons.get(k) ?? []) why.push(`${pickDisplayName(i.variants)} ← ${r}`);
      const u = keyUser.get(k);
      if (u) users.add(u.handle);
      const base = k.includes('#hf:') ? k.slice(0, k.indexOf('#hf:')) : k;
      const others = split.get(base);
      if (others) {
        splitWhy.push(
          k === base
            ? `"${base}" is written by ${others.length} Hugging Face users (${others.map((o) => o.handle).join(', ')}): these mentions name none of them`
            : `"${base}" is written by ${others.length} Hugging Face users (${others.map((o) => o.handle).join(', ')}): this is ${u!.handle}`,
        );
      }
    }
    authors.push({
      author_id: id,
      display_name: pickDisplayName(variants),
      name_key: root,
      variants: [...variants.keys()].sort(),
      n_papers: keys.length > 1 ? papers.size : info.get(root)!.papers,
      first_seen: first,
      last_seen: last,
      merge_reason: why.length ? why.sort().join('; ') : null,
      split_reason: splitWhy.length ? splitWhy.sort().join('; ') : null,
      hf_users: users.size ? [...users].sort() : null,
    });
  }
  authors.sort((a, b) => ((a.author_id as string) < (b.author_id as string) ? -1 : 1));
  // the closure below keeps this whole scope alive: let go of what it does not need
  info.clear();
  coauthorSets.clear();
  merged.clear();
  expansions.clear();
  byLast.clear();
  partners.clear();
  // one look-up per name: idOf runs for every name of every paper (3.5 million at 100×)
  const idOfRaw = new Map<string, string>();
  for (const [raw, key] of keyOfRaw) idOfRaw.set(raw, idOfKey.get(key)!);
  keyOfRaw.clear();
  return {
    authors,
    idOf: (raw, user) => {
      const own = user && keyOfUserMention.size ? keyOfUserMention.get(`${raw}\0${user.id}`) : undefined;
      return (own && idOfKey.get(own)) || idOfRaw.get(raw) || idOfKey.get(nameKey(raw));
    },
  };
}

/** The paper_authors rows of some papers; two spellings of one person in a list count once. */
export function paperAuthorRows(lists: Iterable<AuthorList>, idOf: (raw: string) => string | undefined): Row[] {
  const cols = paperAuthorColumns();
  for (const list of lists)
    paperAuthorsInto(
      cols,
      list.arxiv_id,
      list.names,
      list.names.map((n) => idOf(n)!),
      0,
      list.names.length,
      list.list_truncated,
      dateToDays(list.first_seen),
    );
  return columnsToRows(tableDef('paper_authors'), { length: cols.arxiv_id.length, values: cols });
}

/** paper_authors as columns (first_seen as day numbers): millions of rows at scale. */
export type PaperAuthorColumns = {
  arxiv_id: string[];
  author_id: string[];
  position: number[];
  raw_name: string[];
  list_truncated: boolean[];
  first_seen: number[];
};

export const paperAuthorColumns = (): PaperAuthorColumns => ({
  arxiv_id: [],
  author_id: [],
  position: [],
  raw_name: [],
  list_truncated: [],
  first_seen: [],
});

/** One paper's rows, from names[from, from + n) already resolved to ids: one row per identity,
 *  at its first position in the list. */
export function paperAuthorsInto(
  out: PaperAuthorColumns,
  arxiv_id: string,
  names: readonly string[],
  ids: readonly string[],
  from: number,
  n: number,
  truncated: boolean,
  firstDay: number,
): void {
  const seen = n > 64 ? new Set<string>() : null; // short lists: a scan beats a set
  for (let i = 0; i < n; i++) {
    const id = ids[from + i];
    if (seen ? seen.has(id) : ids.indexOf(id, from) < from + i) continue;
    seen?.add(id);
    out.arxiv_id.push(arxiv_id);
    out.author_id.push(id);
    out.position.push(i + 1);
    out.raw_name.push(names[from + i]);
    out.list_truncated.push(truncated);
    out.first_seen.push(firstDay);
  }
}

/** Mentions one by one (tests, small inputs): the same resolution, with paper_authors rows. */
export function resolveAuthors(
  mentions: readonly AuthorMention[],
  aliases: readonly AliasRule[] = [],
): Resolution & { paperAuthors: Row[] } {
  const lists = new Map<string, AuthorList & { names: string[] }>();
  for (const m of [...mentions].sort((a, b) => a.position - b.position)) {
    let l = lists.get(m.arxiv_id);
    if (!l)
      lists.set(
        m.arxiv_id,
        (l = { arxiv_id: m.arxiv_id, names: [], list_truncated: m.list_truncated, first_seen: m.first_seen, digest_date: m.digest_date }),
      );
    l.names.push(m.raw_name);
  }
  const res = resolveAuthorLists([...lists.values()], aliases);
  return { ...res, paperAuthors: paperAuthorRows(lists.values(), res.idOf) };
}
