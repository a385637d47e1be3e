-- Purpose: per cluster found, how many SKU x locations carry it, the units it accounts for, and its $top largest
--          SKU x locations (by units, then SKU and location).
-- Params: $top: how many SKU x locations each cluster names.
-- Returns: one row per cluster found: cluster, skus INTEGER, units DOUBLE, top (JSON text: a list of
--          {sku, location, units, confidence}, largest first).
-- Only the rows at or above each cluster's $top-th largest units are ranked: sorting every verdict by SKU to break
-- ties costs several times more at tens of thousands of verdicts.
WITH totals AS (
    SELECT cluster, count(*)::INTEGER AS skus, sum(units)::DOUBLE AS units, list_last(max(units, $top)) AS floor
    FROM analysis_verdicts
    GROUP BY cluster
),
largest AS (
    SELECT v.cluster, v.sku, v.location, v.loc_key, v.units, v.confidence
    FROM analysis_verdicts v
    JOIN totals t ON t.cluster = v.cluster AND v.units >= t.floor
    QUALIFY row_number() OVER (PARTITION BY v.cluster ORDER BY v.units DESC, v.sku, v.loc_key) <= $top
)
SELECT t.cluster, t.skus, t.units,
       to_json(list({'sku': l.sku, 'location': l.location, 'units': l.units, 'confidence': l.confidence}
                    ORDER BY l.units DESC, l.sku, l.loc_key))::VARCHAR AS top
FROM totals t
JOIN largest l USING (cluster)
GROUP BY t.cluster, t.skus, t.units;
