-- Purpose: one page of a cluster's SKU x locations, filtered by text in the SKU or location and sorted by units,
--          confidence or SKU (ties: largest first, then SKU and location), each with its figures per system and
--          the other clusters it carries.
-- Params: $cluster; $filter ('' for all; matched case-insensitively anywhere in the SKU or location);
--         $sort_by ('units', 'confidence' or 'sku'); $descending BOOLEAN; $page_limit; $page_offset.
-- Returns: up to $page_limit rows in list order: sku, location, units, confidence, wms, erp, storefront, bucket,
--          drift_units, also (JSON text: the item's other clusters, sorted).
-- The page is an ORDER BY ... LIMIT (DuckDB keeps only the rows it needs, where numbering every match in a window
-- sorts them all), then numbered with row_number() OVER (), which keeps that order (DuckDB's order preservation).
WITH page AS (
    SELECT row_number() OVER () AS place, *
    FROM (
        SELECT sku, location, loc_key, units, confidence, wms, erp, storefront, bucket, drift_units
        FROM analysis_verdicts
        WHERE cluster = $cluster
          AND ($filter = '' OR contains(lower(sku), lower($filter)) OR contains(lower(coalesce(location, '')), lower($filter)))
        ORDER BY CASE WHEN $sort_by = 'units' AND NOT $descending THEN units END ASC,
                 CASE WHEN $sort_by = 'units' AND $descending THEN units END DESC,
                 CASE WHEN $sort_by = 'confidence' AND NOT $descending THEN confidence END ASC,
                 CASE WHEN $sort_by = 'confidence' AND $descending THEN confidence END DESC,
                 CASE WHEN $sort_by = 'sku' AND NOT $descending THEN sku END ASC,
                 CASE WHEN $sort_by = 'sku' AND $descending THEN sku END DESC,
                 units DESC, sku, loc_key
        LIMIT $page_limit OFFSET $page_offset
    )
),
others AS (
    SELECT o.sku, o.loc_key, list(o.cluster ORDER BY o.cluster) AS also
    FROM analysis_verdicts o
    SEMI JOIN page p ON p.sku = o.sku AND p.loc_key = o.loc_key
    WHERE o.cluster <> $cluster
    GROUP BY ALL
)
SELECT p.sku, p.location, p.units, p.confidence, p.wms, p.erp, p.storefront, p.bucket, p.drift_units,
       to_json(coalesce(o.also, []))::VARCHAR AS also
FROM page p
LEFT JOIN others o USING (sku, loc_key)
ORDER BY p.place;
