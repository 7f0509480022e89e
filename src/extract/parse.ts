// Pure parser: one digest's bytes → RawDigest. Every `### ` line becomes exactly one paper or
// one entry-scoped issue, so `papers + quarantined entries = headings` holds by construction.

import { ARXIV_ID, isValidDate } from '../formats.js';
import type { DigestFormat } from '../schema/tables.js';
import { parseAuthors } from './authors.js';
import { decode } from './decode.js';
import type { ImageKind, Issue, RawDigest, RawPaper, RawSection, SectionKind } from '../staging/records.js';

const DATE_HEADER = /^##\s+Daily Papers\s*\((.*?)\)\s*$/;
const HEADING_LINK = /^###\s+\[(.*)\]\((\S+?)\)\s*$/s;
const VOTE = /^Vote:\s*(.*?)\s*$/;
const AUTHORS = /^Authors:\s*(.*)$/;
/**
 * `- **What's New**: …`, `- ***What's New***: …`, `- **Name:** …`, and with the bold left
 * unbalanced (`- ***Technical Details*: …`) → heading, text, marker width (0 when the two runs
 * of stars differ: a typo says nothing about the era); null for a plain bullet (no bold
 * heading followed by a colon). Scanned by hand: this runs on every bullet of every digest.
 */
export function namedBullet(l: string): { heading: string; text: string; stars: number } | null {
  let i = 1;
  while (l.charCodeAt(i) === 32 || l.charCodeAt(i) === 9) i++;
  let stars = 0;
  while (l.charCodeAt(i + stars) === 42 && stars < 4) stars++;
  if (stars === 0 || stars === 4) return null;
  const open = i + stars;
  const close = l.indexOf('*', open);
  if (close <= open) return null;
  let shut = 1;
  while (l.charCodeAt(close + shut) === 42) shut++;
  if (shut > 3 || (stars < 2 && shut < 2)) return null; // `****`, or `*italics*`: not this shape
  let heading = l.slice(open, close);
  let j = close + shut;
  let colon = false;
  heading = heading.trim();
  if (heading.endsWith(':')) {
    colon = true;
    heading = heading.slice(0, -1).trim();
  }
  while (l.charCodeAt(j) === 32 || l.charCodeAt(j) === 9) j++;
  if (l.charCodeAt(j) === 58 /* : */) {
    colon = true;
    j++;
  }
  if (!colon || heading === '') return null;
  return { heading, text: l.slice(j).trim(), stars: shut === stars ? stars : 0 };
}

const IMAGE_LINE = /^!\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)$/;
/** `[Watch Video](url)` and, in Dec 2023, `[Watch Video]url` (no brackets) */
const LINK_LINE = /^\[([^\]]*)\](?:\(\s*(\S+?)\s*\)|(\S+))$/;
const TAGS_ONLY = /^(?:<[^<>]*>\s*)+$/;
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/** tags that wrap media and say nothing themselves (`<div>`, `</video></div>`) */
const MEDIA_TAGS = /^(?:<\/?(?:div|video|source|img|figure|picture|center|p)\b[^<>]*>\s*)+$/i;
const VIDEO_TAG = /<(?:video|source)\b/i;
const VIDEO_LABEL = /video|영상/i;
const VIDEO_FILE = /\.(?:mp4|webm|mov|qt|m4v)(?:[?#]|$)/i;
/** a field written as `Label: value` whose value is a URL, a number or nothing: not prose */
const FIELD_SHAPE = /^[A-Za-z][\w .-]{0,30}:\s*(?:https?:\/\/\S+|[\d,.]+|-)?$/;

interface Media {
  url: string;
  video: boolean;
}
const WRAPPER: Media = { url: '', video: false };

/**
 * The media a (trimmed) line gives, in every form the history uses: `![](url)`,
 * `[Watch Video](url)`, `[Watch Video]url`, a line of tags with a `src` (`<div><video … src="…">`,
 * a bare `<video src='…'>`); WRAPPER (url '') for a line of media tags alone; null otherwise.
 */
export function mediaLine(t: string): Media | null {
  const c = t.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c === 33 /* ! */) return (m = IMAGE_LINE.exec(t)) && m[1] !== '' ? { url: m[1], video: VIDEO_FILE.test(m[1]) } : null;
  if (c === 91 /* [ */) {
    if (!(m = LINK_LINE.exec(t))) return null;
    const url = m[2] ?? m[3];
    if (!/^(?:https?:\/\/|\/)/.test(url)) return null;
    const video = VIDEO_LABEL.test(m[1]) || VIDEO_FILE.test(url);
    return video || /\.(?:png|jpe?g|gif|svg|webp)(?:[?#]|$)/i.test(url) ? { url, video } : null;
  }
  if (c === 60 /* < */ && TAGS_ONLY.test(t)) {
    if ((m = SRC.exec(t))) {
      const url = m[1] ?? m[2] ?? m[3];
      if (url !== '') return { url, video: VIDEO_TAG.test(t) || VIDEO_FILE.test(url) };
    }
    return MEDIA_TAGS.test(t) ? WRAPPER : null;
  }
  return null;
}

const RAW_TEXT_MAX = 2000;

export function imageKind(url: string): ImageKind {
  if (/^\/?avatars\//.test(url) || /cdn-avatars\./.test(url)) return 'avatar';
  if (!/^https?:\/\//.test(url)) return 'other'; // relative or odd: never a thumbnail
  if (/cdn-thumbnails\./.test(url)) return 'thumbnail';
  if (VIDEO_FILE.test(url)) return 'video';
  if (/cdn-uploads\./.test(url)) return 'upload';
  return 'other';
}

const kindCache = new Map<string, SectionKind>();

export function sectionKind(heading: string): SectionKind {
  let k = kindCache.get(heading);
  if (k === undefined) {
    k = classifyHeading(heading);
    if (kindCache.size < 1000) kindCache.set(heading, k);
  }
  return k;
}

function classifyHeading(heading: string): SectionKind {
  const h = heading
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
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
    fileIssue(
      1,
      fallback
        ? `missing "## Daily Papers (DATE)" header; date ${fallback} taken from the file name`
        : 'missing "## Daily Papers (DATE)" header and no date in the file name',
      lines[0] ?? '',
    );
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

    if (binary) {
      setAside(issues, lines, e, 'binary file');
      continue;
    }
    let bad: number | undefined;
    if (badLines.size)
      for (const n of badLines)
        if (n > e.start && n <= e.end) {
          bad = n;
          break;
        }
    if (bad !== undefined) {
      setAside(issues, lines, e, `invalid UTF-8 at line ${bad}`, bad);
      continue;
    }
    if (date === null) {
      setAside(issues, lines, e, 'no digest date: header missing or invalid and none in the file name');
      continue;
    }
    const m = HEADING_LINK.exec(head);
    if (!m) {
      if (/\]\(\S*$/.test(head) || /\[[^\]]*$/.test(head)) setAside(issues, lines, e, 'unterminated link in heading');
      else setAside(issues, lines, e, 'heading without a [title](url) link');
      continue;
    }
    const title = m[1].trim();
    const url = m[2];
    if (title === '') {
      setAside(issues, lines, e, 'empty title in heading');
      continue;
    }
    const id = ARXIV_ID.exec(url);
    if (!id) {
      setAside(issues, lines, e, `URL is not an arXiv or Hugging Face paper link: ${url}`);
      continue;
    }
    const arxivId = id[1];
    const prev = seen.get(arxivId);
    if (prev !== undefined) {
      setAside(issues, lines, e, `duplicate of the entry at line ${prev} in the same digest`);
      continue;
    }

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
    media_lines: [],
    votes: null,
    vote_line: null,
    authors_raw: null,
    authors_line: null,
    authors: [],
    list_truncated: false,
    sections: [],
  };
  // Every non-blank line goes to exactly one place: a field, a section, or a field issue.
  let section: RawSection | null = null;
  let mediaAt = 0; // the line that gave image_url
  for (let i = e.start + 1; i < e.end; i++) {
    const l = lines[i];
    const c0 = l.charCodeAt(0);
    if ((c0 === 45 /* - */ || c0 === 42) /* * */ && (l.charCodeAt(1) === 32 || l.charCodeAt(1) === 9)) {
      const named = namedBullet(l);
      if (named) {
        section = { kind: sectionKind(named.heading), heading: named.heading, text: named.text, line: i + 1, end: i + 1 };
        if (named.stars) stars.add(named.stars);
      } else {
        section = { kind: 'summary', heading: null, text: l.replace(/^[-*]\s+/, '').trim(), line: i + 1, end: i + 1 };
      }
      p.sections.push(section);
      continue;
    }
    const t = l.trim();
    if (t === '') continue;
    // Indented sub-bullets, numbered lists, formulas: part of the section above.
    if (section !== null && (c0 === 32 || c0 === 9)) {
      append(section, t, i);
      continue;
    }
    // Fields: the first character says which one a line can be. They come before the summary,
    // but one written after it is still that field (and ends the section it interrupts).
    const c = t.charCodeAt(0);
    let m: RegExpExecArray | null;
    let media: Media | null;
    if ((c === 33 /* ! */ || c === 91 /* [ */ || c === 60) /* < */ && (media = mediaLine(t)) !== null) {
      if (media.url === '' || media.url === p.image_url)
        p.media_lines.push(i + 1); // wrapper, or the same media again
      else if (p.image_url === null) {
        p.image_url = media.url;
        p.image_kind = media.video ? 'video' : imageKind(media.url);
        p.media_lines.push(i + 1);
        mediaAt = i + 1;
      } else notUnderstood(issues, i, l, `a second media URL (the entry keeps line ${mediaAt}'s)`);
      section = null;
      continue;
    }
    if (c === 86 /* V */ && (m = VOTE.exec(t))) {
      if (p.vote_line !== null) notUnderstood(issues, i, l, `a second Vote: line (the entry keeps line ${p.vote_line}'s)`);
      else {
        const v = m[1].replace(/,/g, '');
        if (/^\d+$/.test(v)) {
          p.votes = parseInt(v, 10);
          p.vote_line = i + 1;
        } else if (v === '-' || v === '') p.vote_line = i + 1;
        else issues.push({ scope: 'field', line: i + 1, reason: `unreadable vote "${m[1]}" stored as NULL`, raw_text: clip(l) });
      }
      section = null;
      continue;
    }
    if (c === 65 /* A */ && (m = AUTHORS.exec(t))) {
      if (p.authors_line !== null) notUnderstood(issues, i, l, `a second Authors: line (the entry keeps line ${p.authors_line}'s)`);
      else {
        const list = parseAuthors(m[1]);
        p.authors_raw = m[1];
        p.authors_line = i + 1;
        p.authors = list.names;
        p.list_truncated = list.truncated;
      }
      section = null;
      continue;
    }
    if (section !== null) {
      append(section, t, i);
      continue;
    }
    // Before any section: markup or a `Label: value` line that is no field above is not
    // summary text (it once made fake summary sections); prose is a summary paragraph.
    if (c === 33 || c === 91 || c === 60 || c === 35 /* # */ || FIELD_SHAPE.test(t)) {
      notUnderstood(issues, i, l, 'no vote, author list, media or summary text');
      continue;
    }
    section = { kind: 'summary', heading: null, text: t, line: i + 1, end: i + 1 };
    p.sections.push(section);
  }
  return p;
}

function append(s: RawSection, t: string, i: number): void {
  s.text = s.text ? `${s.text}\n${t}` : t;
  s.end = i + 1;
}

function notUnderstood(issues: Issue[], i: number, l: string, why: string): void {
  issues.push({ scope: 'field', line: i + 1, reason: `line not understood: ${why}`, raw_text: clip(l) });
}

function formatOf(papers: RawPaper[], stars: Set<number>, empty: boolean, binary: boolean): DigestFormat {
  if (binary) return 'binary';
  if (empty || papers.length === 0) return 'empty';
  if (stars.size > 1) return 'mixed';
  if (stars.has(3)) return 'sections3';
  if (stars.has(2)) return 'sections';
  if (papers.some((p) => p.votes !== null)) return 'votes';
  if (papers.some((p) => p.authors_raw !== null)) return 'authors';
  return 'plain';
}
