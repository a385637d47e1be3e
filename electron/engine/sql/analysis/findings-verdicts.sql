-- Purpose: every verdict with its figures, largest first within each cluster.
-- Params: none (reads analysis_verdicts).
-- Returns: one row per verdict.
SELECT sku, location, loc_key, cluster, confidence, units, wms, erp, storefront, bucket
FROM analysis_verdicts
ORDER BY cluster, units DESC, sku, loc_key;
