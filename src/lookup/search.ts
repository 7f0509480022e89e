// npm run search: papers ranked by how well their title and summary match some words (BM25),
// in Korean and English, from the lake alone (no network, no extension: DuckDB's fts would
// have to be downloaded). The index is built in memory per search: ~1 s on the corpus.
import type { DuckDBConnection } from '../vendor.js';
import { query } from '../staging/lake.js';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

/**
 * Search tokens of a text. Latin words and numbers are lowercased whole words (`GPT-4o` →
 * `gpt`, `4o`; a plural `s` dropped from words of 4+ letters, so `agents` finds `agent`).
 * Korean has no reliable word boundary for search — particles attach to the word (`학습을`,
 * `학습의`) and compounds are written with or without a space (`강화학습`, `강화 학습`) — so a
 * run of Hangul gives its character bigrams (a single syllable, itself): `강화학습을` → 강화,
 * 화학, 학습, 습을, and a query matches whatever particle the text uses.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (HANGUL.test(w)) {
      // a run may mix scripts (`LLM을`): split into Hangul and other parts
      for (const part of w.match(/[\uac00-\ud7a3\u3131-\u318e]+|[^\uac00-\ud7a3\u3131-\u318e]+/g)!) {
        if (!HANGUL.test(part)) {
          out.push(latin(part));
          continue;
        }
        if (part.length === 1) out.push(part);
        for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
      }
    } else out.push(latin(w));
  }
  return out;
}

const latin = (w: string) => (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export interface SearchDoc {
  arxiv_id: string;
  title: string;
  /** the summary text: every section of its appearances (and the API's abstract when known) */
  body: string;
  first_seen: string;
  max_votes: number | null;
}

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** query tokens found, of all the query's distinct tokens */
  matched: number;
}

/** A title word counts this many body words: titles are short and say what the paper is. */
const TITLE_WEIGHT = 3;
const K1 = 1.2;
const B = 0.75;

/**
 * BM25 over one field made of the title (weighted) and the body: idf of each query token over
 * the documents, term frequency saturated by K1 and normalised by document length. A paper
 * must contain at least half of the query's tokens (so a long query is not answered by papers
 * sharing one common bigram); ties by votes, then id.
 */
export function rank(docs: readonly SearchDoc[], q: string): { hits: Hit[]; terms: string[] } {
  const terms = [...new Set(tokens(q))];
  if (terms.length === 0) return { hits: [], terms };
  const want = new Set(terms);
  const tf: Map<string, number>[] = [];
  const lens: number[] = [];
  const df = new Map<string, number>();
  for (const d of docs) {
    const m = new Map<string, number>();
    const t = tokens(d.title);
    const b = tokens(d.body);
    for (const x of t) if (want.has(x)) m.set(x, (m.get(x) ?? 0) + TITLE_WEIGHT);
    for (const x of b) if (want.has(x)) m.set(x, (m.get(x) ?? 0) + 1);
    for (const x of m.keys()) df.set(x, (df.get(x) ?? 0) + 1);
    tf.push(m);
    lens.push(TITLE_WEIGHT * t.length + b.length);
  }
  const n = docs.length;
  const avg = lens.reduce((a, x) => a + x, 0) / Math.max(1, n);
  const hits: Hit[] = [];
  const need = Math.ceil(terms.length / 2);
  docs.forEach((doc, i) => {
    const m = tf[i];
    if (m.size < need) return;
    let score = 0;
    for (const [x, f] of m) {
      const idf = Math.log(1 + (n - df.get(x)! + 0.5) / (df.get(x)! + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lens[i]) / avg));
    }
    hits.push({ doc, score, matched: m.size });
  });
  hits.sort((a, b) => b.score - a.score || (b.doc.max_votes ?? -1) - (a.doc.max_votes ?? -1) || (a.doc.arxiv_id < b.doc.arxiv_id ? -1 : 1));
  return { hits, terms };
}

/** Every paper of the lake as a search document. */
export async function searchDocs(conn: DuckDBConnection): Promise<SearchDoc[]> {
  // the API's abstract and one-line summary, when this lake has them (an older schema does not)
  const cols = new Set((await query(conn, 'describe papers')).rows.map((r) => String(r[0])));
  const extra = ['abstract', 'ai_summary'].filter((c) => cols.has(c)).map((c) => `coalesce(p.${c}, '')`);
  const rs = await query(
    conn,
    `
    with body as (select arxiv_id, string_agg(text, chr(10) order by digest_date, position) as text from sections group by 1)
    select p.arxiv_id, p.title, concat_ws(chr(10), coalesce(b.text, '')${extra.map((e) => `, ${e}`).join('')}) as body,
           strftime(p.first_seen, '%Y-%m-%d') as first_seen, p.max_votes
    from papers p left join body b using (arxiv_id) order by p.arxiv_id`,
  );
  return rs.rows.map(([arxiv_id, title, body, first_seen, max_votes]) => ({ arxiv_id, title, body, first_seen, max_votes }) as SearchDoc);
}

/** Where the query's words occur in a hit's body: a short excerpt around the first match. */
export function snippet(doc: SearchDoc, terms: readonly string[], width = 90): string {
  const text = doc.body.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, width) + (text.length > width ? '…' : '');
  const start = Math.max(0, at - Math.floor(width / 3));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`;
}

export function formatHits(hits: readonly Hit[], terms: readonly string[], limit: number, q: string): string {
  const lines = [
    `${hits.length} ${hits.length === 1 ? 'paper matches' : 'papers match'} "${q}"${hits.length > limit ? ` (the best ${limit} shown; --limit N shows more)` : ''}`,
  ];
  hits.slice(0, limit).forEach((h, i) => {
    const votes = h.doc.max_votes === null ? 'no votes' : `${h.doc.max_votes} votes`;
    lines.push(
      '',
      `${String(i + 1).padStart(2)}. ${h.doc.arxiv_id}  ${h.doc.title}`,
      `    ${h.doc.first_seen}, ${votes}, score ${h.score.toFixed(2)}`,
      `    ${snippet(h.doc, terms)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
