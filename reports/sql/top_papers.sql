-- Top-voted papers overall
-- The 50 papers with the most votes in any digest they appeared in. Weekly vote totals grew over
-- the history, so each also has pct_of_week: its votes as a percentage of all votes on the papers
-- of that ISO week's digests (the appearance with its most votes).
WITH shares AS (
  SELECT arxiv_id, votes,
         round(100.0 * votes / sum(votes) OVER (PARTITION BY date_trunc('week', digest_date)), 1) AS pct_of_week
  FROM appearances
  WHERE votes IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY arxiv_id ORDER BY votes DESC, digest_date) = 1
)
SELECT
  p.max_votes AS votes,
  s.pct_of_week,
  p.title,
  p.first_seen,
  p.n_appearances,
  'https://arxiv.org/abs/' || p.arxiv_id AS arxiv_url
FROM papers p JOIN shares s USING (arxiv_id)
WHERE p.max_votes IS NOT NULL
ORDER BY p.max_votes DESC, p.first_seen, p.arxiv_id
LIMIT 50
