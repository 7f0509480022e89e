-- Words in unassigned titles
-- The most common words in the titles of papers no topic matched, so data/reference/topics.csv
-- can grow (short and common English words left out).
WITH words AS (
  SELECT lower(unnest(regexp_split_to_array(p.title, '[^A-Za-z0-9]+'))) AS word
  FROM paper_topics t JOIN papers p USING (arxiv_id)
  WHERE t.topic = 'unassigned'
)
SELECT word, count(*) AS titles
FROM words
WHERE length(word) > 3
  AND word NOT IN ('with', 'from', 'into', 'using', 'via', 'towards', 'toward', 'through', 'large', 'model', 'models', 'language', 'learning', 'neural', 'based', 'what', 'when', 'your', 'their', 'more', 'than', 'that', 'this', 'does', 'make', 'need', 'beyond', 'over', 'under', 'across', 'about', 'without', 'between', 'scale', 'scaling', 'better', 'efficient', 'simple', 'generative', 'networks', 'network', 'data', 'task', 'tasks')
GROUP BY word
ORDER BY titles DESC, word
LIMIT 40
