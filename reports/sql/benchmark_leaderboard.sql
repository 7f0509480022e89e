-- Benchmark leaderboards
-- One board per benchmark, metric, unit and split, from the papers' own results only (own = true,
-- kind = 'score', a benchmark known to benchmarks.csv, a metric, a system the text names: an entry
-- that cannot say whose it is tells a reader nothing): every entry ranked by the
-- metric's direction (data/reference/metrics.csv: lower is better for FID, WER, latency,
-- perplexity, error rate…), with the system, the paper, the digest date, the setting and the
-- sentence; is_record marks an entry that beat every earlier one on its board (by digest date).
WITH entries AS (
  SELECT m.benchmark, m.metric, coalesce(m.unit, '') AS unit, coalesce(m.split, '') AS split, m.setting, m.system, m.value, m.digest_date,
         m.arxiv_id, m.sentence, coalesce(d.direction, 'higher') AS direction
  FROM metrics m LEFT JOIN metric_directions d ON d.metric = m.metric
  WHERE m.own AND m.kind = 'score' AND m.benchmark_known AND m.metric IS NOT NULL AND m.system IS NOT NULL
),
-- a paper's first report of a number counts, not each digest that repeated it
firsts AS (
  SELECT * FROM entries
  QUALIFY row_number() OVER (PARTITION BY benchmark, metric, unit, split, setting, system, value, arxiv_id ORDER BY digest_date) = 1
),
scored AS (
  SELECT *, CASE WHEN direction = 'lower' THEN value ELSE -value END AS sort_key FROM firsts
),
boards AS (
  SELECT benchmark, metric, unit, split, count(DISTINCT arxiv_id) AS board_papers, count(*) AS board_entries
  FROM scored GROUP BY ALL
)
SELECT s.benchmark, s.metric, s.unit, s.split, s.direction, b.board_papers,
       rank() OVER (PARTITION BY s.benchmark, s.metric, s.unit, s.split ORDER BY s.sort_key) AS rank,
       s.system, s.value, s.setting, strftime(s.digest_date, '%Y-%m-%d') AS digest_date, s.arxiv_id, p.title,
       'https://arxiv.org/abs/' || s.arxiv_id AS arxiv_url,
       -- the best of its day, and better than every earlier day's
       s.sort_key = min(s.sort_key) OVER (PARTITION BY s.benchmark, s.metric, s.unit, s.split ORDER BY s.digest_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
         AND s.sort_key < coalesce(min(s.sort_key) OVER (PARTITION BY s.benchmark, s.metric, s.unit, s.split ORDER BY s.digest_date
           RANGE BETWEEN UNBOUNDED PRECEDING AND INTERVAL 1 DAY PRECEDING), 'infinity'::DOUBLE) AS is_record,
       s.sentence
FROM scored s JOIN boards b USING (benchmark, metric, unit, split) JOIN papers p USING (arxiv_id)
ORDER BY b.board_papers DESC, s.benchmark, s.metric, s.unit, s.split, rank, s.digest_date, s.arxiv_id
