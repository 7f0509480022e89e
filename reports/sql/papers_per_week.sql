-- Papers and votes per week
-- How many papers the digests listed each ISO week (starting Monday), with their votes. Every
-- week from the first digest to the last is a row: a week with no digest has digests = 0 and
-- NULL counts (a gap in the chart, not a zero). Missing votes are NULL and left out of the sums,
-- so `papers_with_votes` says how many counted.
WITH counts AS (
  SELECT
    date_trunc('week', digest_date)::DATE AS week,
    count(*) AS papers,
    count(DISTINCT digest_date) AS digests,
    count(votes) AS papers_with_votes,
    sum(votes) AS total_votes,
    round(avg(votes), 1) AS avg_votes,
    max(votes) AS max_votes
  FROM appearances
  GROUP BY week
),
weeks AS (
  SELECT unnest(range(min(week), max(week) + INTERVAL 1 DAY, INTERVAL 1 WEEK))::DATE AS week FROM counts
)
SELECT w.week, c.papers, coalesce(c.digests, 0) AS digests, c.papers_with_votes, c.total_votes, c.avg_votes, c.max_votes
FROM weeks w LEFT JOIN counts c USING (week)
ORDER BY w.week
