-- Rising authors
-- Authors with the most papers in the last 90 days of data compared with the 90 days before
-- (at least 3 recent papers), so a newly active group shows up.
WITH bounds AS (SELECT max(digest_date) AS last_day FROM digests),
counts AS (
  SELECT
    pa.author_id,
    count(*) FILTER (WHERE p.first_seen > b.last_day - INTERVAL 90 DAY) AS recent,
    count(*) FILTER (WHERE p.first_seen <= b.last_day - INTERVAL 90 DAY AND p.first_seen > b.last_day - INTERVAL 180 DAY) AS before
  FROM paper_authors pa JOIN papers p USING (arxiv_id), bounds b
  GROUP BY pa.author_id
)
SELECT a.display_name, recent AS papers_last_90d, before AS papers_prior_90d, recent - before AS change, a.first_seen
FROM counts JOIN authors a USING (author_id)
WHERE recent >= 3
ORDER BY change DESC, recent DESC, a.display_name
LIMIT 30
