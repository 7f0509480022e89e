// Pure parser: one digest's bytes → RawDigest. Every `### ` line becomes exactly one paper or
// one entry-scoped issue, so `papers + quarantined entries = headings` holds by construction.

import { parseAuthors } from './authors.js';
import { decode } from './decode.js';
import type { ImageKind, Issue, RawDigest, RawPaper, RawSection, SectionKind } from './types.js';

const DATE_HEADER = /^##\s+Daily Papers\s*\((.*?)\)\s*$/;
const HEADING_LINK = /^###\s+\[(.*)\]\((\S+?)\)\s*$/s;
/** arXiv id in a paper URL (arXiv abs/pdf or Hugging Face papers page), without version. */
export const ARXIV_ID = /(?:arxiv\.org\/(?:abs|pdf)\/|huggingface\.co\/papers\/)(\d{4}\.\d{4,5})(?:v\d+)?/i;
const IMAGE = /^!\[[^\]]*\]\(([^)\s]*)\)/;
const VIDEO = /^\[Watch Video\]\(([^)\s]+)\)/i;
const VOTE = /^Vote:\s*(.*?)\s*$/;
const AUTHORS = /^Authors:\s*(.*)$/;
/**
 * `- **What's New**: …`, `- ***What's New***: …`, `- **Name:** …` → heading, text, marker
 * width; null for a plain bullet (no bold heading followed by a colon). Scanned by hand: this
 * runs on every bullet of every digest.
 */
export function namedBullet(l: string): { heading: string; text: string; stars: number } | null {
  let i = 1;
  while (l.charCodeAt(i) === 32 || l.charCodeAt(i) === 9) i++;
  let stars = 0;
  while (l.charCodeAt(i + stars) === 42 && stars < 4) stars++;
  if (stars !== 2 && stars !== 3) return null;
  const open = i + stars;
  const marker = stars === 3 ? '***' : '**';
  const close = l.indexOf(marker, open);
  if (close <= open) return null;
  let heading = l.slice(open, close);
  if (heading.includes('*')) return null;
  let j = close + stars;
  if (l.charCodeAt(j) === 42) return null; // `****`: not this shape
  let colon = false;
  heading = heading.trim();
  if (heading.endsWith(':')) { colon = true; heading = heading.slice(0, -1).trim(); }
  while (l.charCodeAt(j) === 32 || l.charCodeAt(j) === 9) j++;
  if (l.charCodeAt(j) === 58 /* : */) { colon = true; j++; }
  if (!colon || heading === '') return null;
  return { heading, text: l.slice(j).trim(), stars };
}

const RAW_TEXT_MAX = 2000;

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function imageKind(url: string): ImageKind {
  if (/^\/?avatars\//.test(url) || /cdn-avatars\./.test(url)) return 'avatar';
  if (!/^https?:\/\//.test(url)) return 'other'; // relative or odd: never a thumbnail
  if (/cdn-thumbnails\./.test(url)) return 'thumbnail';
  if (/\.(mp4|webm|mov)(\?|$)/i.test(url)) return 'video';
  if (/cdn-uploads\./.test(url)) return 'upload';
  return 'other';
}

const kindCache = new Map<string, SectionKind>();

export function sectionKind(heading: string): SectionKind {
  let k = kindCache.get(heading);
  if (k === undefined) { k = classifyHeading(heading); if (kindCache.size < 1000) kindCache.set(heading, k); }
  return k;
}

function classifyHeading(heading: string): SectionKind {
  const h = heading.normalize('NFKC').replace(/[‘’`´]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  if (h === "what's new" || h === 'whats new') return 'whats_new';
  if (h === 'technical details') return 'technical_details';
  if (h === 'performance highlights') return 'performance_highlights';
  return 'other';
}

function clip(s: string): string {
  return s.length > RAW_TEXT_MAX ? s.slice(0, RAW_TEXT_MAX) + '…' : s;
}

function dateFromName(path: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})/.exec(path.split('/').pop() ?? '');
  return m && isValidDate(m[1]) ? m[1] : null;
}

/** Set an entry aside with its raw text (a function, not a closure per entry: this loop is hot). */
function setAside(issues: Issue[], lines: string[], e: Entry, reason: string, line = e.start + 1): void {
  issues.push({ scope: 'entry', line, reason, raw_text: clip(lines.slice(e.start, e.end).join('\n')) });
}

interface Entry {
  start: number; // index into lines of the `### ` line
  end: number; // exclusive
  date: string | null;
}

export function parseDigest(bytes: Uint8Array, sourcePath: string, sha256: string): RawDigest {
  const { lines, badLines, bom, binary, empty, cut } = decode(bytes);
  const issues: Issue[] = [];
  const papers: RawPaper[] = [];
  const fileIssue = (line: number, reason: string, raw = '') => issues.push({ scope: 'file', line, reason, raw_text: clip(raw) });

  if (empty) fileIssue(0, 'empty file: no digest header and no entries');
  if (binary) fileIssue(0, 'binary file: not a Markdown digest; every `### ` line in it is quarantined');
  if (bom) fileIssue(1, 'byte-order mark at start of file (ignored)');
  if (badLines.size > 0) fileIssue([...badLines][0], `invalid UTF-8 on ${badLines.size} line(s); entries touching them are quarantined`);

  // Dates: the header, later headers (concatenated digests), else the file name.
  let headerDate: string | null = null;
  let current: string | null = null;
  const entries: Entry[] = [];
  let sawHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.charCodeAt(0) !== 35 /* # */) continue; // only headings matter in this pass
    const h = DATE_HEADER.exec(l);
    if (h) {
      const d = h[1].trim();
      if (isValidDate(d)) {
        if (!sawHeader) headerDate = d;
        current = d;
      } else {
        fileIssue(i + 1, `invalid date in digest header: "${d}"`, l);
      }
      sawHeader = true;
      if (entries.length) entries[entries.length - 1].end = i;
      continue;
    }
    if (/^##\s+Daily Papers\b/i.test(l)) {
      fileIssue(i + 1, 'malformed digest header: expected "## Daily Papers (YYYY-MM-DD)"', l);
      sawHeader = true;
      continue;
    }
    if (l.startsWith('### ') || l === '###') {
      if (entries.length) entries[entries.length - 1].end = Math.min(entries[entries.length - 1].end, i);
      entries.push({ start: i, end: lines.length, date: current });
    }
  }
  const fallback = dateFromName(sourcePath);
  if (!sawHeader && !empty && !binary) {
    fileIssue(1, fallback
      ? `missing "## Daily Papers (DATE)" header; date ${fallback} taken from the file name`
      : 'missing "## Daily Papers (DATE)" header and no date in the file name', lines[0] ?? '');
  } else if (sawHeader && headerDate === null && fallback) {
    fileIssue(1, `no valid header date; date ${fallback} taken from the file name`);
  }
  const digestDate = headerDate ?? fallback;

  const seen = new Map<string, number>();
  const stars = new Set<number>(); // `**` vs `***` section markers: the era shows in them
  let rank = 0;
  for (const e of entries) {
    const date = e.date ?? digestDate;
    const headLine = e.start + 1;
    const head = lines[e.start];

    if (binary) { setAside(issues, lines, e, 'binary file'); continue; }
    let bad: number | undefined;
    if (badLines.size) for (const n of badLines) if (n > e.start && n <= e.end) { bad = n; break; }
    if (bad !== undefined) { setAside(issues, lines, e, `invalid UTF-8 at line ${bad}`, bad); continue; }
    if (date === null) { setAside(issues, lines, e, 'no digest date: header missing or invalid and none in the file name'); continue; }
    const m = HEADING_LINK.exec(head);
    if (!m) {
      if (/\]\(\S*$/.test(head) || /\[[^\]]*$/.test(head)) setAside(issues, lines, e, 'unterminated link in heading');
      else setAside(issues, lines, e, 'heading without a [title](url) link');
      continue;
    }
    const title = m[1].trim();
    const url = m[2];
    if (title === '') { setAside(issues, lines, e, 'empty title in heading'); continue; }
    const id = ARXIV_ID.exec(url);
    if (!id) { setAside(issues, lines, e, `URL is not an arXiv or Hugging Face paper link: ${url}`); continue; }
    const arxivId = id[1];
    const prev = seen.get(arxivId);
    if (prev !== undefined) { setAside(issues, lines, e, `duplicate of the entry at line ${prev} in the same digest`); continue; }

    let paper: RawPaper;
    try {
      paper = parseBody(lines, e, { digest_date: date, rank: 0, line: headLine, title, url, arxiv_id: arxivId }, issues, stars);
    } catch (err) {
      // a parser bug must cost one entry, not the run: keep it for a person to look at
      setAside(issues, lines, e, `parser error: ${(err as Error).message}`);
      continue;
    }
    const isLast = e === entries[entries.length - 1] && e.end === lines.length;
    if (isLast && cut) {
      setAside(issues, lines, e, `file ends mid-line at line ${lines.length}: the entry was cut short`);
      continue;
    }
    if (paper.sections.length === 0) {
      setAside(issues, lines, e, isLast ? 'entry has no summary: the file seems cut mid-entry' : 'entry has no summary text');
      continue;
    }
    seen.set(arxivId, headLine);
    paper.rank = ++rank;
    papers.push(paper);
  }

  return {
    source_path: sourcePath,
    content_sha256: sha256,
    digest_date: digestDate,
    format: formatOf(papers, stars, empty, binary),
    n_headings: entries.length,
    papers,
    issues,
  };
}

type Head = Pick<RawPaper, 'digest_date' | 'rank' | 'line' | 'title' | 'url' | 'arxiv_id'>;

function parseBody(lines: string[], e: Entry, head: Head, issues: Issue[], stars: Set<number>): RawPaper {
  // a literal with every field (no spread): one object shape for all papers keeps this fast
  const p: RawPaper = {
    digest_date: head.digest_date,
    rank: head.rank,
    line: head.line,
    title: head.title,
    url: head.url,
    arxiv_id: head.arxiv_id,
    image_url: null,
    image_kind: null,
    votes: null,
    authors_raw: null,
    authors: [],
    list_truncated: false,
    sections: [],
  };
  let section: RawSection | null = null;
  for (let i = e.start + 1; i < e.end; i++) {
    const l = lines[i];
    const t = l.trim();
    if (t === '') continue;
    let m: RegExpExecArray | null;
    // Fields come before the summary; the first character says which one a line can be.
    if (section === null) {
      const c = t.charCodeAt(0);
      if (c === 33 /* ! */ && (m = IMAGE.exec(t))) {
        if (p.image_url === null) { p.image_url = m[1]; p.image_kind = imageKind(m[1]); }
        continue;
      }
      if (c === 91 /* [ */ && (m = VIDEO.exec(t))) {
        if (p.image_url === null) { p.image_url = m[1]; p.image_kind = 'video'; }
        continue;
      }
      if (c === 60 /* < */ && /^<\/?(div|video)\b/i.test(t)) continue;
      if (c === 86 /* V */ && (m = VOTE.exec(t))) {
        const v = m[1].replace(/,/g, '');
        if (/^\d+$/.test(v)) p.votes = parseInt(v, 10);
        else if (v !== '-' && v !== '') {
          issues.push({ scope: 'field', line: i + 1, reason: `unreadable vote "${m[1]}" stored as NULL`, raw_text: clip(l) });
        }
        continue;
      }
      if (c === 65 /* A */ && (m = AUTHORS.exec(t))) {
        const list = parseAuthors(m[1]);
        p.authors_raw = m[1];
        p.authors = list.names;
        p.list_truncated = list.truncated;
        continue;
      }
    }
    const c0 = l.charCodeAt(0);
    if ((c0 === 45 /* - */ || c0 === 42 /* * */) && (l.charCodeAt(1) === 32 || l.charCodeAt(1) === 9)) {
      const named = namedBullet(l);
      if (named) {
        section = { kind: sectionKind(named.heading), heading: named.heading, text: named.text, line: i + 1 };
        stars.add(named.stars);
      } else {
        section = { kind: 'summary', heading: null, text: l.replace(/^[-*]\s+/, '').trim(), line: i + 1 };
      }
      p.sections.push(section);
      continue;
    }
    // Indented sub-bullets, numbered lists, formulas: part of the section above.
    if (section) section.text = section.text ? `${section.text}\n${t}` : t;
    else {
      section = { kind: 'summary', heading: null, text: t, line: i + 1 };
      p.sections.push(section);
    }
  }
  return p;
}

function formatOf(papers: RawPaper[], stars: Set<number>, empty: boolean, binary: boolean): string {
  if (binary) return 'binary';
  if (empty || papers.length === 0) return 'empty';
  if (stars.size > 1) return 'mixed';
  if (stars.has(3)) return 'sections3';
  if (stars.has(2)) return 'sections';
  if (papers.some((p) => p.votes !== null)) return 'votes';
  if (papers.some((p) => p.authors_raw !== null)) return 'authors';
  return 'plain';
}
