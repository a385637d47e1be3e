-- Purpose: how many of a cluster's SKU x locations match the filter of its list (cluster-skus.sql).
-- Params: $cluster; $filter ('' for all; matched case-insensitively anywhere in the SKU or location).
-- Returns: one row (total INTEGER).
SELECT count(*)::INTEGER AS total
FROM analysis_verdicts
WHERE cluster = $cluster
  AND ($filter = '' OR contains(lower(sku), lower($filter)) OR contains(lower(coalesce(location, '')), lower($filter)));
