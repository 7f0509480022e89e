-- Top-voted papers per month
-- The three most-voted papers of each month (by the month of the digest they appeared in), with
-- pct_of_week: the paper's votes as a percentage of all votes on the papers of that ISO week's
-- digests, which compares across a history whose weekly vote totals grew.
WITH ranked AS (
  SELECT
    strftime(digest_date, '%Y-%m') AS month,
    arxiv_id,
    title,
    votes,
    round(100.0 * votes / sum(votes) OVER (PARTITION BY date_trunc('week', digest_date)), 1) AS pct_of_week,
    digest_date,
    row_number() OVER (PARTITION BY strftime(digest_date, '%Y-%m') ORDER BY votes DESC, digest_date, arxiv_id) AS rank_in_month
  FROM appearances
  WHERE votes IS NOT NULL
)
SELECT month, rank_in_month, votes, pct_of_week, title, digest_date, 'https://arxiv.org/abs/' || arxiv_id AS arxiv_url
FROM ranked
WHERE rank_in_month <= 3
ORDER BY month, rank_in_month
