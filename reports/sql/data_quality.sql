-- Data quality
-- Everything a person may want to fix or know, per digest: quarantined entries and file
-- problems (with line and reason), lines of an entry not understood, fields stored as NULL,
-- missing votes (only in digests that have votes at all), truncated author lists, and
-- differences from the generator's index.
WITH voted AS (
  SELECT DISTINCT digest_date FROM appearances WHERE votes IS NOT NULL
)
SELECT digest_date, source_path, line,
       CASE WHEN scope = 'field' AND reason LIKE 'line not understood%' THEN 'line not understood' ELSE 'quarantined ' || scope END AS issue,
       reason AS detail
FROM quarantine
UNION ALL
SELECT a.digest_date, a.source_path, a.source_line, 'missing vote', a.title
FROM appearances a JOIN voted USING (digest_date)
WHERE a.votes IS NULL
UNION ALL
SELECT a.digest_date, a.source_path, a.source_line, 'truncated author list', a.title
FROM appearances a JOIN papers p USING (arxiv_id)
WHERE p.list_truncated AND a.digest_date = p.first_seen
UNION ALL
SELECT r.digest_date, r.index_path, NULL, CASE r.status WHEN 'index_only' THEN 'in index but in no digest' ELSE 'in digest but not in index' END, coalesce(r.title, r.url)
FROM reconciliation r
ORDER BY digest_date NULLS FIRST, source_path, line NULLS FIRST, issue
