-- Topic share by month
-- For each month, each top-level topic's share of the month's papers and of its votes (a paper
-- counts once toward each top-level topic it is tagged with, children folded into their parent,
-- so shares add up to more than 100%; `unassigned` is the share no topic took). Tags are counted,
-- not weighted by their score, as in every topic report.
WITH tagged AS (
  SELECT DISTINCT a.digest_date, a.arxiv_id, strftime(a.digest_date, '%Y-%m') AS month, coalesce(t.parent, t.topic) AS topic, a.votes
  FROM appearances a JOIN paper_topics t USING (arxiv_id)
),
month_totals AS (
  SELECT strftime(digest_date, '%Y-%m') AS month, count(DISTINCT arxiv_id) AS papers, sum(votes) AS votes
  FROM appearances GROUP BY 1
)
SELECT t.month, t.topic,
       count(DISTINCT t.arxiv_id) AS papers,
       round(100.0 * count(DISTINCT t.arxiv_id) / m.papers, 1) AS pct_papers,
       coalesce(sum(t.votes), 0) AS votes,
       round(100.0 * coalesce(sum(t.votes), 0) / nullif(m.votes, 0), 1) AS pct_votes
FROM tagged t JOIN month_totals m USING (month)
GROUP BY t.month, t.topic, m.papers, m.votes
ORDER BY t.month, papers DESC, t.topic
