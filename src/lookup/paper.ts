// npm run paper: one paper's card — every appearance with its votes, the authors with their
// ids, the topics with their evidence and score, the results with the sentence each came from.
import type { DuckDBConnection } from '../vendor.js';
import { objects, query, sqlString as lit } from '../staging/lake.js';

/** An arXiv id as users paste it: `2408.08152`, `2408.08152v2`, `arXiv:2408.08152`, or a URL. */
export function arxivId(arg: string): string | null {
  const m =
    /^(?:arxiv:|https?:\/\/(?:www\.)?(?:arxiv\.org|huggingface\.co\/papers)\/(?:abs\/|pdf\/)?)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(
      arg.trim(),
    );
  return m ? m[1] : null;
}

export interface Card {
  paper: Record<string, unknown>;
  appearances: Record<string, unknown>[];
  authors: Record<string, unknown>[];
  topics: Record<string, unknown>[];
  results: Record<string, unknown>[];
}

/** Papers whose title has every word given (case ignored), most voted first. */
export async function findByTitle(
  conn: DuckDBConnection,
  words: string,
): Promise<{ arxiv_id: string; title: string; first_seen: string; max_votes: number | null }[]> {
  const parts = words.toLowerCase().split(/\s+/).filter(Boolean);
  if (!parts.length) return [];
  const where = parts.map((w) => `contains(lower(title), ${lit(w)})`).join(' and ');
  return objects(
    await query(
      conn,
      `select arxiv_id, title, strftime(first_seen, '%Y-%m-%d') as first_seen, max_votes from papers where ${where} order by max_votes desc nulls last, arxiv_id`,
    ),
  ) as never;
}

export async function loadCard(conn: DuckDBConnection, id: string): Promise<Card | null> {
  const [paper] = objects(
    await query(
      conn,
      `select arxiv_id, title, url, strftime(first_seen, '%Y-%m-%d') as first_seen, strftime(last_seen, '%Y-%m-%d') as last_seen, n_appearances, max_votes, n_authors, list_truncated from papers where arxiv_id = ${lit(id)}`,
    ),
  );
  if (!paper) return null;
  const appearances = objects(
    await query(
      conn,
      `select strftime(digest_date, '%Y-%m-%d') as date, rank, votes, source_path, source_line, title from appearances where arxiv_id = ${lit(id)} order by digest_date, source_path`,
    ),
  );
  const authors = objects(
    await query(
      conn,
      `select pa.position, pa.raw_name, pa.author_id, a.display_name, a.n_papers from paper_authors pa left join authors a using (author_id) where pa.arxiv_id = ${lit(id)} order by pa.position`,
    ),
  );
  const topics = objects(
    await query(
      conn,
      `select topic, parent, score, evidence from paper_topics where arxiv_id = ${lit(id)} order by score desc nulls last, topic`,
    ),
  );
  const results = objects(
    await query(
      conn,
      `select strftime(digest_date, '%Y-%m-%d') as date, benchmark, split, setting, metric, value, value_low, unit, kind, system, own, sentence from metrics where arxiv_id = ${lit(id)} order by digest_date, source_line, value`,
    ),
  );
  return { paper, appearances, authors, topics, results };
}

const num = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? String(Math.round(v * 1000) / 1000) : String(v));

export function formatCard(c: Card): string {
  const p = c.paper;
  const votes = (v: unknown) => (v === null || v === undefined ? 'no vote' : `${v} votes`);
  const out = [
    `${p.arxiv_id}  ${p.title}`,
    `${p.url}`,
    `first seen ${p.first_seen}, last seen ${p.last_seen}; ${p.n_appearances} appearance${p.n_appearances === 1 ? '' : 's'}; best ${votes(p.max_votes)}`,
    '',
    `Appearances (${c.appearances.length})`,
  ];
  for (const a of c.appearances)
    out.push(
      `  ${a.date}  #${a.rank}  ${votes(a.votes)}  ${a.source_path}:${a.source_line}${a.title !== p.title ? `  (titled "${a.title}")` : ''}`,
    );
  out.push('', `Authors (${c.authors.length}${p.list_truncated ? ', the list was truncated' : ''})`);
  for (const a of c.authors) {
    const alias = a.display_name && a.display_name !== a.raw_name ? `, as ${a.display_name}` : '';
    out.push(
      `  ${String(a.position).padStart(2)}. ${a.raw_name}  ${a.author_id}  (${a.n_papers ?? '?'} paper${a.n_papers === 1 ? '' : 's'}${alias})`,
    );
  }
  out.push('', `Topics (${c.topics.length})`);
  for (const t of c.topics) {
    const ev = Array.isArray(t.evidence) && t.evidence.length ? `  evidence: ${(t.evidence as string[]).join(', ')}` : '';
    out.push(`  ${t.parent ? `${t.parent}/` : ''}${t.topic}  score ${t.score === null ? '–' : (t.score as number).toFixed(2)}${ev}`);
  }
  out.push('', `Results (${c.results.length})`);
  for (const r of c.results) {
    const value = `${r.value_low !== null ? `${num(r.value_low)}–` : ''}${num(r.value)}${r.unit ? ` ${r.unit}` : ''}`;
    const where = [r.benchmark, r.split, r.setting].filter(Boolean).join(', ') || 'no benchmark';
    const whose = r.system ? `${r.system}${r.own ? ' (own)' : ''}` : r.own ? 'own' : r.own === false ? 'not own' : '';
    out.push(
      `  ${value}  ${r.metric ?? 'no metric'}  ${r.kind}  on ${where}${whose ? `  — ${whose}` : ''}`,
      `      “${String(r.sentence).replace(/\s+/g, ' ').trim()}”`,
    );
  }
  return `${out.join('\n')}\n`;
}
