-- Top papers per topic
-- The five most-voted papers of each top-level topic (a paper counts once per top-level topic it is
-- tagged with, children folded into their parent), with pct_of_week: the paper's votes as a
-- percentage of all votes on the papers of that ISO week's digests (its best appearance).
WITH shares AS (
  SELECT arxiv_id,
         round(100.0 * votes / sum(votes) OVER (PARTITION BY date_trunc('week', digest_date)), 1) AS pct_of_week
  FROM appearances
  WHERE votes IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY arxiv_id ORDER BY votes DESC, digest_date) = 1
),
ranked AS (
  SELECT t.topic, p.arxiv_id, p.title, p.max_votes, s.pct_of_week, p.first_seen,
         row_number() OVER (PARTITION BY t.topic ORDER BY p.max_votes DESC NULLS LAST, p.first_seen, p.arxiv_id) AS rank_in_topic
  FROM (SELECT DISTINCT arxiv_id, coalesce(parent, topic) AS topic FROM paper_topics) t
  JOIN papers p USING (arxiv_id) LEFT JOIN shares s USING (arxiv_id)
)
SELECT topic, rank_in_topic, max_votes AS votes, pct_of_week, title, first_seen, 'https://arxiv.org/abs/' || arxiv_id AS arxiv_url
FROM ranked
WHERE rank_in_topic <= 5
ORDER BY topic, rank_in_topic
