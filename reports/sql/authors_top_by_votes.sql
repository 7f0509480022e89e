-- Top authors by votes
-- The 50 authors whose papers gathered the most votes in total (each paper counted once, at its
-- highest vote), with their best paper.
WITH per_author AS (
  SELECT
    pa.author_id,
    count(*) AS papers,
    sum(p.max_votes) AS total_votes,
    -- ties go to the earliest paper, so the answer does not depend on how the lake is stored
    first(p.title ORDER BY p.max_votes DESC, p.first_seen, p.arxiv_id) AS best_paper,
    max(p.max_votes) AS best_votes
  FROM paper_authors pa JOIN papers p USING (arxiv_id)
  WHERE p.max_votes IS NOT NULL
  GROUP BY pa.author_id
)
SELECT a.display_name, total_votes, papers, best_votes, best_paper
FROM per_author JOIN authors a USING (author_id)
ORDER BY total_votes DESC, a.display_name
LIMIT 50
