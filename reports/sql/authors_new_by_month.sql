-- New authors per month
-- Per month: the authors of the month's papers (resolved identities, as in `authors`), how many of
-- them appeared in the digests for the first time that month, and that share. The first month of
-- the data counts everyone as new, digests without author lists add no one, and author lists cut
-- with `+` undercount both columns.
WITH paper_month AS (
  SELECT DISTINCT strftime(digest_date, '%Y-%m') AS month, arxiv_id FROM appearances
),
active AS (
  SELECT pm.month, count(DISTINCT pm.arxiv_id) AS papers, count(DISTINCT pa.author_id) AS authors
  FROM paper_month pm LEFT JOIN paper_authors pa USING (arxiv_id)
  GROUP BY 1
),
fresh AS (
  SELECT strftime(first_seen, '%Y-%m') AS month, count(*) AS new_authors FROM authors GROUP BY 1
)
SELECT a.month, a.papers, a.authors, coalesce(f.new_authors, 0) AS new_authors,
       round(100.0 * coalesce(f.new_authors, 0) / nullif(a.authors, 0), 1) AS pct_new
FROM active a LEFT JOIN fresh f USING (month)
ORDER BY a.month
