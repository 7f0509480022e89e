-- Papers and votes per week
-- How many papers the digests listed each week (ISO week starting Monday), with their votes.
-- Missing votes are NULL and left out of the sums, so `papers_with_votes` says how many counted.
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
ORDER BY week
