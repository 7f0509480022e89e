-- Top papers per topic
-- The five most-voted papers of each top-level topic.
WITH ranked AS (
  SELECT coalesce(t.parent, t.topic) AS topic, p.arxiv_id, p.title, p.max_votes, p.first_seen,
         row_number() OVER (PARTITION BY coalesce(t.parent, t.topic) ORDER BY p.max_votes DESC NULLS LAST, p.first_seen, p.arxiv_id) AS rank_in_topic
  FROM (SELECT DISTINCT arxiv_id, topic, parent FROM paper_topics) t JOIN papers p USING (arxiv_id)
)
SELECT topic, rank_in_topic, max_votes AS votes, title, first_seen, 'https://arxiv.org/abs/' || arxiv_id AS arxiv_url
FROM ranked
WHERE rank_in_topic <= 5
ORDER BY topic, rank_in_topic
