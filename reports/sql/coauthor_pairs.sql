-- Frequent co-author pairs
-- The 30 pairs of authors who appear together on the most papers.
WITH counts AS (
  SELECT author_id, count(*) AS n FROM paper_authors GROUP BY author_id
),
-- A pair appears on no more papers than either author. Pairs among the 200 most prolific
-- authors give a floor for the 30th-best count, so only authors with at least that many papers
-- can be in the answer: exact, and it spares pairing every author of a long history.
prolific AS (
  SELECT author_id FROM counts ORDER BY n DESC, author_id LIMIT 200
),
seed AS (
  SELECT count(*) AS c
  FROM (SELECT arxiv_id, author_id FROM paper_authors SEMI JOIN prolific USING (author_id)) x
  JOIN (SELECT arxiv_id, author_id FROM paper_authors SEMI JOIN prolific USING (author_id)) y
    ON x.arxiv_id = y.arxiv_id AND x.author_id < y.author_id
  GROUP BY x.author_id, y.author_id
  ORDER BY c DESC
  LIMIT 30
),
floor AS (
  SELECT CASE WHEN count(*) = 30 THEN greatest(min(c), 2) ELSE 2 END AS k FROM seed
),
pa AS (
  SELECT arxiv_id, author_id FROM paper_authors
  SEMI JOIN (SELECT author_id FROM counts WHERE n >= (SELECT k FROM floor)) USING (author_id)
),
pairs AS MATERIALIZED (
  -- count by id first; names are looked up for the top rows only
  SELECT x.author_id AS a, y.author_id AS b, count(*) AS papers, max(p.max_votes) AS best_votes
  FROM pa x
  JOIN pa y ON x.arxiv_id = y.arxiv_id AND x.author_id < y.author_id
  JOIN papers p ON p.arxiv_id = x.arxiv_id
  GROUP BY 1, 2
  HAVING count(*) >= (SELECT k FROM floor)
)
SELECT a1.display_name AS author_1, a2.display_name AS author_2, pairs.papers, pairs.best_votes
FROM (
  -- every pair at least as frequent as the 30th: ties at the cut are then ordered by name
  SELECT * FROM pairs WHERE papers >= (SELECT min(papers) FROM (SELECT papers FROM pairs ORDER BY papers DESC LIMIT 30))
) pairs
JOIN authors a1 ON a1.author_id = pairs.a
JOIN authors a2 ON a2.author_id = pairs.b
ORDER BY papers DESC, author_1, author_2
LIMIT 30
