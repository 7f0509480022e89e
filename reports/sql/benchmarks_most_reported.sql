-- Most reported benchmarks
-- Benchmarks by the number of papers reporting a result on them, with how many results, the
-- first and last digest they appear in, and whether data/reference/benchmarks.csv knows them.
SELECT benchmark,
       count(DISTINCT arxiv_id) AS papers,
       count(*) AS results,
       min(digest_date) AS first_seen,
       max(digest_date) AS last_seen,
       bool_and(benchmark_known) AS in_reference
FROM metrics
WHERE benchmark IS NOT NULL
GROUP BY benchmark
ORDER BY papers DESC, results DESC, benchmark
LIMIT 50
