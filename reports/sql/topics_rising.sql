-- Rising topics
-- Which topics grew in the last 4 weeks of data compared with the 12 weeks before: mean papers
-- per week in each window, the growth ratio, and a z-score of the recent mean against the
-- weekly spread of the earlier window (|z| < 2 is within normal week-to-week noise).
WITH bounds AS (
  SELECT date_trunc('week', max(digest_date))::DATE AS last_week FROM appearances
),
weeks AS (
  SELECT unnest(range(b.last_week - INTERVAL 15 WEEK, b.last_week + INTERVAL 1 DAY, INTERVAL 1 WEEK))::DATE AS week FROM bounds b
),
topics AS (SELECT DISTINCT coalesce(parent, topic) AS topic FROM paper_topics WHERE topic <> 'unassigned'),
counts AS (
  SELECT date_trunc('week', a.digest_date)::DATE AS week, coalesce(t.parent, t.topic) AS topic, count(DISTINCT a.arxiv_id) AS papers
  FROM appearances a JOIN paper_topics t USING (arxiv_id)
  GROUP BY 1, 2
),
grid AS (
  SELECT w.week, tp.topic, coalesce(c.papers, 0) AS papers, w.week > (SELECT last_week FROM bounds) - INTERVAL 4 WEEK AS recent
  FROM weeks w CROSS JOIN topics tp LEFT JOIN counts c ON c.week = w.week AND c.topic = tp.topic
),
stats AS (
  SELECT topic,
         avg(papers) FILTER (WHERE recent) AS recent_per_week,
         avg(papers) FILTER (WHERE NOT recent) AS before_per_week,
         stddev_samp(papers) FILTER (WHERE NOT recent) AS before_sd
  FROM grid GROUP BY topic
)
SELECT topic,
       round(recent_per_week, 2) AS recent_per_week,
       round(before_per_week, 2) AS before_per_week,
       round(recent_per_week / nullif(before_per_week, 0), 2) AS growth,
       round((recent_per_week - before_per_week) / nullif(before_sd / sqrt(4), 0), 2) AS z_score
FROM stats
ORDER BY z_score DESC NULLS LAST, growth DESC NULLS LAST, topic
