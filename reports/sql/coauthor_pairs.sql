-- Frequent co-author pairs
-- The 30 pairs of authors who appear together on the most papers.
WITH regulars AS (
  -- a pair that recurs needs two authors with two papers each: leave the rest out early
  SELECT author_id FROM paper_authors GROUP BY author_id HAVING count(*) >= 2
),
pa AS (
  SELECT arxiv_id, author_id FROM paper_authors SEMI JOIN regulars USING (author_id)
),
pairs AS MATERIALIZED (
  -- count by id first; names are looked up for the top rows only
  SELECT x.author_id AS a, y.author_id AS b, count(*) AS papers, max(p.max_votes) AS best_votes
  FROM pa x
  JOIN pa y ON x.arxiv_id = y.arxiv_id AND x.author_id < y.author_id
  JOIN papers p ON p.arxiv_id = x.arxiv_id
  GROUP BY 1, 2
  HAVING count(*) >= 2
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
