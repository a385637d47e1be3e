-- Purpose: the noise figures, read back from analysis_noise_summary (made by noise-summary.sql).
-- Params: none.
-- Returns: section, measure, count INTEGER, in the table's order.
SELECT section, measure, CAST(count AS INTEGER) AS count
FROM analysis_noise_summary
ORDER BY ordinal;
