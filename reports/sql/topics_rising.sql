-- Rising topics
-- Which topics' share of the papers changed in the last N weeks of data (N: `--weeks`, default 4)
-- against the 3N weeks before: each window's mean weekly share of papers, the growth ratio, and a
-- z-score of the recent mean against the earlier weeks' spread. significant is |z| ≥ 2; a smaller
-- |z| is within normal week-to-week noise. Tags are counted (each paper once per top-level topic
-- it carries in paper_topics, children folded into their parent), not weighted by score; weeks
-- with no digest are left out of both windows, not counted as zero.
WITH params AS (SELECT coalesce(getvariable('trend_weeks'), 4)::INTEGER AS n),
bounds AS (SELECT date_trunc('week', max(digest_date))::DATE AS last_week FROM appearances),
weekly AS (
  SELECT date_trunc('week', digest_date)::DATE AS week, count(DISTINCT arxiv_id) AS papers
  FROM appearances GROUP BY 1
),
windowed AS (
  SELECT w.week, w.papers, w.week > b.last_week - to_weeks(p.n) AS recent
  FROM weekly w, bounds b, params p
  WHERE w.week > b.last_week - to_weeks(4 * p.n)
),
tagged AS (
  SELECT DISTINCT date_trunc('week', a.digest_date)::DATE AS week, a.arxiv_id, coalesce(t.parent, t.topic) AS topic
  FROM appearances a JOIN paper_topics t USING (arxiv_id)
  WHERE t.topic <> 'unassigned'
),
counts AS (SELECT week, topic, count(*) AS papers FROM tagged GROUP BY 1, 2),
topics AS (SELECT DISTINCT topic FROM tagged),
grid AS (
  SELECT w.week, w.recent, tp.topic, coalesce(c.papers, 0) AS papers, 100.0 * coalesce(c.papers, 0) / w.papers AS share
  FROM windowed w CROSS JOIN topics tp LEFT JOIN counts c ON c.week = w.week AND c.topic = tp.topic
),
stats AS (
  SELECT topic,
         count(*) FILTER (WHERE recent) AS recent_weeks,
         count(*) FILTER (WHERE NOT recent) AS before_weeks,
         sum(papers) FILTER (WHERE recent) AS recent_papers,
         sum(papers) FILTER (WHERE NOT recent) AS before_papers,
         avg(share) FILTER (WHERE recent) AS recent_share,
         avg(share) FILTER (WHERE NOT recent) AS before_share,
         stddev_samp(share) FILTER (WHERE NOT recent) AS before_sd
  FROM grid GROUP BY topic
),
scored AS (
  SELECT *, round((recent_share - before_share) / nullif(before_sd / sqrt(recent_weeks), 0), 2) AS z FROM stats
)
SELECT topic,
       (SELECT n FROM params) AS window_weeks,
       recent_weeks,
       before_weeks,
       recent_papers,
       before_papers,
       round(recent_share, 2) AS recent_pct,
       round(before_share, 2) AS before_pct,
       round(recent_share / nullif(before_share, 0), 2) AS growth,
       z AS z_score,
       -- from the rounded z, so the page never shows "z 2.00" beside "not significant"
       coalesce(abs(z) >= 2, false) AS significant
FROM scored
ORDER BY z_score DESC NULLS LAST, growth DESC NULLS LAST, topic
