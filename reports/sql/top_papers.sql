-- Top-voted papers overall
-- The 50 papers with the most votes in any digest they appeared in.
SELECT
  p.max_votes AS votes,
  p.title,
  p.first_seen,
  p.n_appearances,
  'https://arxiv.org/abs/' || p.arxiv_id AS arxiv_url
FROM papers p
WHERE p.max_votes IS NOT NULL
ORDER BY p.max_votes DESC, p.first_seen, p.arxiv_id
LIMIT 50
