-- Purpose: each system's figure for one SKU x location at an instant, and before its first recorded change: the
--          last level a change left at or before the instant, else the opening level (ERP and WMS: the first
--          change's level less the change; the storefront's is unknown before its first sync), else the figure
--          at the as-of instant for a system with no changes at all.
-- Params: $sku; $loc_key; $at (ISO instant).
-- Returns: one row per system with a figure (system, level, opening).
WITH changes AS (
    SELECT * FROM analysis_level_changes WHERE sku_key = $sku AND loc_key = $loc_key
),
per_system AS (
    SELECT system,
           arg_max(level_after, ts) FILTER (WHERE ts <= $at::TIMESTAMPTZ) AS level_at,
           CASE WHEN system <> 'storefront' THEN arg_min(level_after - coalesce(delta, 0), ts) END AS opening
    FROM changes
    GROUP BY system
),
anchors AS (
    SELECT unnest(['erp', 'wms', 'storefront']) AS system, unnest([erp, wms, storefront]) AS figure
    FROM analysis_drift WHERE sku = $sku AND loc_key = $loc_key
)
SELECT a.system,
       CASE WHEN p.system IS NULL THEN a.figure ELSE coalesce(p.level_at, p.opening) END AS level,
       CASE WHEN p.system IS NULL THEN a.figure ELSE p.opening END AS opening
FROM anchors a
LEFT JOIN per_system p USING (system)
WHERE a.figure IS NOT NULL OR p.system IS NOT NULL;
