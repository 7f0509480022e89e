-- Data quality summary
-- One line per kind of problem, each listed even when there is none: how many, in how many
-- digest files, and an example (the earliest). reports/data_quality.csv lists every one.
WITH issues AS (
  SELECT source_path, digest_date, line,
         CASE WHEN scope = 'entry' THEN 'quarantined entry'
              WHEN scope = 'file' THEN 'file problem'
              WHEN reason LIKE 'line not understood%' THEN 'line not understood'
              ELSE 'field stored as NULL' END AS issue,
         reason || ': ' || left(raw_text, 120) AS example
  FROM quarantine
  UNION ALL
  SELECT a.source_path, a.digest_date, a.source_line, 'missing vote', a.title
  FROM appearances a SEMI JOIN (SELECT DISTINCT digest_date FROM appearances WHERE votes IS NOT NULL) v USING (digest_date)
  WHERE a.votes IS NULL
  UNION ALL
  SELECT a.source_path, a.digest_date, a.source_line, 'truncated author list', a.title
  FROM appearances a JOIN papers p USING (arxiv_id)
  WHERE p.list_truncated AND a.digest_date = p.first_seen
  UNION ALL
  SELECT index_path, digest_date, NULL, CASE status WHEN 'index_only' THEN 'in index but in no digest' ELSE 'in digest but not in index' END, coalesce(title, url)
  FROM reconciliation
),
kinds AS (
  SELECT * FROM (VALUES
    (1, 'quarantined entry', 'an entry set aside: not loaded'),
    (2, 'file problem', 'a whole file unreadable or without a date header'),
    (3, 'line not understood', 'a line of a loaded entry that is no vote, author list, media or summary text'),
    (4, 'field stored as NULL', 'a value that could not be read (e.g. Vote: many)'),
    (5, 'missing vote', 'a loaded entry without a vote, in a digest that has votes'),
    (6, 'truncated author list', 'an author list ending with +: more authors than listed'),
    (7, 'in index but in no digest', 'the generator''s index lists a paper no digest contains'),
    (8, 'in digest but not in index', 'a digest lists a paper the index does not')
  ) AS k(ord, issue, meaning)
)
SELECT k.issue, count(i.issue) AS count, count(DISTINCT i.source_path) AS files,
       first(i.example ORDER BY i.digest_date NULLS FIRST, i.source_path, i.line) AS example, k.meaning
FROM kinds k LEFT JOIN issues i USING (issue)
GROUP BY k.ord, k.issue, k.meaning
ORDER BY k.ord
