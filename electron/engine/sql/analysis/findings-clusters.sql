-- Purpose: per cluster, how many SKU x locations carry it and the units it accounts for.
-- Params: none (reads analysis_verdicts).
-- Returns: one row per cluster found.
SELECT cluster, count(*)::INTEGER AS skus, sum(units)::DOUBLE AS units
FROM analysis_verdicts
GROUP BY cluster
ORDER BY units DESC;
