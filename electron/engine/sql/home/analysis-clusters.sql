-- Purpose: drifting SKU x locations per cluster of the last analysis, counted as the findings count them.
-- Params: none (reads analysis_verdicts; run only when analysis-present.sql says it exists).
-- Returns: one row per cluster found (cluster, skus), largest first.
SELECT cluster, count(*)::BIGINT AS skus
FROM analysis_verdicts
GROUP BY cluster
ORDER BY skus DESC, cluster;
