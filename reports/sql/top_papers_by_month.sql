-- Top-voted papers per month
-- The three most-voted papers of each month (by the month of the digest they appeared in).
WITH ranked AS (
  SELECT
    strftime(digest_date, '%Y-%m') AS month,
    arxiv_id,
    title,
    votes,
    digest_date,
    row_number() OVER (PARTITION BY strftime(digest_date, '%Y-%m') ORDER BY votes DESC, digest_date, arxiv_id) AS rank_in_month
  FROM appearances
  WHERE votes IS NOT NULL
)
SELECT month, rank_in_month, votes, title, digest_date, 'https://arxiv.org/abs/' || arxiv_id AS arxiv_url
FROM ranked
WHERE rank_in_month <= 3
ORDER BY month, rank_in_month
