-- Unknown benchmarks
-- Benchmark names found in the text that data/reference/benchmarks.csv does not know, most
-- frequent first: add the real ones (or their aliases) to the CSV so they are canonicalised.
SELECT benchmark_raw AS name,
       count(DISTINCT arxiv_id) AS papers,
       count(*) AS results,
       first(sentence ORDER BY digest_date, arxiv_id, source_line) AS example -- the earliest
FROM metrics
WHERE benchmark_raw IS NOT NULL AND NOT benchmark_known
GROUP BY benchmark_raw
ORDER BY papers DESC, results DESC, name
