// Files of Hugging Face's api/daily_papers (one JSON array per date, data/hf/YYYY-MM-DD.json) →
// raw records with provenance (file, item index), pure. The fields read are those of the API's
// OpenAPI schema named in DESIGN/README; any other field is ignored and counted by path.
import type { HfAuthor, Issue, RawHfDay } from '../staging/records.js';

/** New-style arXiv ids, as strings (a number would lose 2503.02130's last zero). */
const ARXIV = /^(\d{4}\.\d{4,5})(?:v\d+)?$/;

const KNOWN = {
  item: new Set(['paper', 'publishedAt', 'title', 'summary', 'thumbnail', 'numComments', 'submittedBy']),
  paper: new Set([
    'id',
    'title',
    'summary',
    'upvotes',
    'publishedAt',
    'authors',
    'ai_summary',
    'ai_keywords',
    'githubRepo',
    'githubStars',
    'projectPage',
    'submittedOnDailyAt',
  ]),
  author: new Set(['_id', 'name', 'hidden', 'user']),
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (s: string) => (s.length > 2000 ? s.slice(0, 2000) : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function parseHfDay(text: string, source_path: string, date: string, content_sha256: string): RawHfDay {
  const day: RawHfDay = { source_path, content_sha256, date, items: [], issues: [], unknown: {} };
  const issue = (scope: Issue['scope'], item: number | null, reason: string, raw: unknown) =>
    day.issues.push({ scope, line: 0, item, reason, raw_text: clip(typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw))) });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    issue('file', null, `not valid JSON (${(err as Error).message.split('\n')[0]}): file skipped`, text);
    return day;
  }
  if (!Array.isArray(data)) {
    issue('file', null, 'not a JSON array of papers: file skipped', text);
    return day;
  }
  const unknown = (path: string) => (day.unknown[path] = (day.unknown[path] ?? 0) + 1);
  const seen = new Set<string>();
  data.forEach((it: unknown, i: number) => {
    if (!isObj(it) || !isObj(it.paper)) return issue('entry', i, 'item without a `paper` object: set aside', it);
    const p = it.paper;
    if (p.id === undefined || p.id === null || p.id === '') return issue('entry', i, 'missing `paper.id`: set aside', it);
    if (typeof p.id !== 'string')
      return issue(
        'entry',
        i,
        `\`paper.id\` is a ${typeof p.id} (${JSON.stringify(p.id)}), not a string: an arXiv id as a number can lose digits; set aside`,
        it,
      );
    const m = ARXIV.exec(p.id.trim());
    if (!m) return issue('entry', i, `\`paper.id\` "${p.id}" is not an arXiv id: set aside`, it);
    const id = m[1];
    if (seen.has(id)) return issue('entry', i, `duplicate of an earlier item for ${id} in this file: set aside`, it);
    seen.add(id);
    for (const k of Object.keys(it)) if (!KNOWN.item.has(k)) unknown(k);
    for (const k of Object.keys(p)) if (!KNOWN.paper.has(k)) unknown(`paper.${k}`);
    // a field of the wrong type is NULL, noted like a digest's unreadable field
    const field = <T>(name: string, v: unknown, ok: ((x: unknown) => x is T) & { what?: string }): T | null => {
      if (v === undefined || v === null) return null;
      if (ok(v)) return v;
      issue('field', i, `\`${name}\` is not ${ok.what} (${JSON.stringify(v)?.slice(0, 80)}): stored as NULL`, it);
      return null;
    };
    const str = Object.assign((x: unknown): x is string => typeof x === 'string', { what: 'a string' });
    const int = Object.assign((x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0, {
      what: 'a whole number',
    });
    const strs = Object.assign((x: unknown): x is string[] => Array.isArray(x) && x.every((y) => typeof y === 'string'), {
      what: 'a list of strings',
    });
    const dateOf = (name: string, v: unknown) => {
      const s = field(name, v, str);
      return s && /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString().slice(0, 10) : null;
    };
    const title = oneLine(field('paper.title', p.title, str) ?? field('title', it.title, str) ?? '');
    if (!title) return issue('entry', i, `no title for ${id}: set aside`, it);
    const authors: HfAuthor[] = [];
    for (const a of Array.isArray(p.authors) ? p.authors : []) {
      if (!isObj(a) || typeof a.name !== 'string' || !oneLine(a.name)) continue;
      for (const k of Object.keys(a)) if (!KNOWN.author.has(k)) unknown(`paper.authors.${k}`);
      const u = isObj(a.user) ? a.user : null;
      authors.push({
        name: oneLine(a.name),
        user_id: u && typeof u._id === 'string' ? u._id : null,
        user: u && typeof u.user === 'string' ? u.user : null,
        hidden: a.hidden === true,
      });
    }
    const abstract = field('paper.summary', p.summary, str) ?? field('summary', it.summary, str);
    const blank = (s: string | null) => (s && s.trim() ? s.trim() : null);
    day.items.push({
      item: i,
      arxiv_id: id,
      title,
      abstract: blank(abstract),
      upvotes: field('paper.upvotes', p.upvotes, int),
      published_on: dateOf('paper.publishedAt', p.publishedAt ?? it.publishedAt),
      submitted_on: dateOf('paper.submittedOnDailyAt', p.submittedOnDailyAt),
      authors,
      ai_summary: blank(field('paper.ai_summary', p.ai_summary, str)),
      ai_keywords: field('paper.ai_keywords', p.ai_keywords, strs),
      github_repo: blank(field('paper.githubRepo', p.githubRepo, str)),
      github_stars: field('paper.githubStars', p.githubStars, int),
      project_page: blank(field('paper.projectPage', p.projectPage, str)),
      num_comments: field('numComments', it.numComments, int),
      thumbnail: blank(field('thumbnail', it.thumbnail, str)),
    });
  });
  return day;
}
