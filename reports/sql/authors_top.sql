-- Top authors
-- The 50 most prolific authors (resolved identities) by papers, with the votes their papers
-- received, over the whole history and over the last 90 days of data.
WITH horizon AS (SELECT max(digest_date) - INTERVAL 90 DAY AS since FROM digests),
per_author AS (
  SELECT
    pa.author_id,
    count(*) AS papers,
    sum(p.max_votes) AS total_votes,
    count(*) FILTER (WHERE p.first_seen > (SELECT since FROM horizon)) AS papers_90d,
    coalesce(sum(p.max_votes) FILTER (WHERE p.first_seen > (SELECT since FROM horizon)), 0) AS votes_90d
  FROM paper_authors pa JOIN papers p USING (arxiv_id)
  GROUP BY pa.author_id
)
SELECT a.display_name, papers, total_votes, papers_90d, votes_90d, a.first_seen, a.last_seen
FROM per_author JOIN authors a USING (author_id)
ORDER BY papers DESC, total_votes DESC NULLS LAST, a.display_name
LIMIT 50
