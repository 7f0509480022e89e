-- Digest coverage
-- Per digest file: its format era, papers loaded and quarantined, and how many lack a vote
-- (eras before December 2023 had no votes at all) or list truncated authors.
SELECT
  digest_date,
  source_path,
  format,
  n_headings,
  n_papers,
  n_quarantined,
  n_missing_votes,
  n_truncated_author_lists
FROM digests
ORDER BY digest_date, source_path
