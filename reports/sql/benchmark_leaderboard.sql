-- Benchmark leaderboard over time
-- For the most reported benchmarks, the best value reported each month per metric and unit
-- (highest, or lowest where lower is better: FID, WER, latency…), with the paper that reported it.
WITH scores AS (
  SELECT m.*, strftime(m.digest_date, '%Y-%m') AS month,
         coalesce(m.metric, '') AS metric_name,
         regexp_matches(lower(coalesce(m.metric, '')), '^(fid|fvd|kid|wer|cer|lpips|perplexity|latency|error rate|mae|rmse)$') AS lower_is_better
  FROM metrics m
  WHERE m.kind = 'score' AND m.benchmark IS NOT NULL
),
top_benchmarks AS (
  SELECT benchmark FROM scores GROUP BY benchmark HAVING count(DISTINCT arxiv_id) >= 3
),
ranked AS (
  SELECT s.*, row_number() OVER (
    PARTITION BY s.benchmark, s.metric_name, s.unit, s.month
    ORDER BY CASE WHEN s.lower_is_better THEN s.value ELSE -s.value END, s.digest_date, s.arxiv_id
  ) AS r
  FROM scores s JOIN top_benchmarks USING (benchmark)
)
SELECT r.benchmark, r.metric_name AS metric, r.unit, r.month, r.value AS best_value, r.split,
       p.title, 'https://arxiv.org/abs/' || r.arxiv_id AS arxiv_url
FROM ranked r JOIN papers p USING (arxiv_id)
WHERE r.r = 1
ORDER BY r.benchmark, metric, r.unit, r.month
