-- Extraction coverage
-- How much of each field was read, per format era of the digests and in all: entries loaded and
-- quarantined, lines not understood, and the share of loaded entries with a vote, an author list,
-- media, any summary text, structured sections (What's New, Technical Details, …), at least one
-- reported result and a topic. Eras before December 2023 had no votes and the first digest no
-- authors: a low share there is the source's format, not a failure to read it.
WITH entries AS (
  SELECT a.digest_date, a.arxiv_id, d.format, a.votes IS NOT NULL AS has_vote,
         p.n_authors IS NOT NULL AS has_authors, p.image_url IS NOT NULL AS has_media
  FROM appearances a JOIN digests d USING (digest_date, source_path) JOIN papers p USING (arxiv_id)
),
sec AS (
  SELECT digest_date, arxiv_id, bool_or(kind IN ('whats_new', 'technical_details', 'performance_highlights')) AS structured
  FROM sections GROUP BY 1, 2
),
res AS (SELECT DISTINCT digest_date, arxiv_id FROM metrics),
top AS (SELECT DISTINCT arxiv_id FROM paper_topics WHERE topic <> 'unassigned'),
lines AS (
  SELECT d.format, count(*) AS n
  FROM quarantine q JOIN digests d USING (source_path)
  WHERE q.scope = 'field' AND q.reason LIKE 'line not understood%'
  GROUP BY GROUPING SETS ((d.format), ())
),
per AS (
  SELECT e.format,
         min(e.digest_date) AS first_digest, max(e.digest_date) AS last_digest,
         count(DISTINCT e.digest_date) AS digests,
         count(*) AS entries,
         round(100.0 * avg(e.has_vote::INTEGER), 1) AS pct_votes,
         round(100.0 * avg(e.has_authors::INTEGER), 1) AS pct_authors,
         round(100.0 * avg(e.has_media::INTEGER), 1) AS pct_media,
         round(100.0 * avg((s.arxiv_id IS NOT NULL)::INTEGER), 1) AS pct_summary,
         round(100.0 * avg(coalesce(s.structured, false)::INTEGER), 1) AS pct_structured,
         round(100.0 * avg((r.arxiv_id IS NOT NULL)::INTEGER), 1) AS pct_results,
         round(100.0 * avg((t.arxiv_id IS NOT NULL)::INTEGER), 1) AS pct_topic,
         grouping(e.format) AS is_total
  FROM entries e
  LEFT JOIN sec s USING (digest_date, arxiv_id)
  LEFT JOIN res r USING (digest_date, arxiv_id)
  LEFT JOIN top t USING (arxiv_id)
  GROUP BY GROUPING SETS ((e.format), ())
),
quar AS (
  SELECT format, sum(n_quarantined) AS quarantined FROM digests GROUP BY GROUPING SETS ((format), ())
)
SELECT CASE WHEN p.is_total = 1 THEN 'all' ELSE p.format END AS format,
       p.first_digest, p.last_digest, p.digests, p.entries,
       coalesce(q.quarantined, 0) AS quarantined, coalesce(l.n, 0) AS lines_not_understood,
       p.pct_votes, p.pct_authors, p.pct_media, p.pct_summary, p.pct_structured, p.pct_results, p.pct_topic
FROM per p
LEFT JOIN quar q ON q.format IS NOT DISTINCT FROM p.format
LEFT JOIN lines l ON l.format IS NOT DISTINCT FROM p.format
ORDER BY p.is_total, p.first_digest
