-- Frequent co-author pairs
-- The 30 pairs of authors who appear together on the most papers.
SELECT a1.display_name AS author_1, a2.display_name AS author_2, count(*) AS papers, max(p.max_votes) AS best_votes
FROM paper_authors x
JOIN paper_authors y ON x.arxiv_id = y.arxiv_id AND x.author_id < y.author_id
JOIN authors a1 ON a1.author_id = x.author_id
JOIN authors a2 ON a2.author_id = y.author_id
JOIN papers p ON p.arxiv_id = x.arxiv_id
GROUP BY 1, 2
HAVING count(*) >= 2
ORDER BY papers DESC, author_1, author_2
LIMIT 30
