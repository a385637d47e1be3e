-- Purpose: the verdicts: each drifting SKU x location gets every cluster whose detector found evidence that moves
--          ERP - WMS the way the gap runs, and 'unexplained' when none does. Confidence is the detector's strength
--          scaled by how much of the gap all accepted clusters together account for. A cluster's units are the part
--          of the gap it accounts for: its evidence's effect, shared out in proportion when the accepted clusters'
--          evidence together moves more units than the gap holds (a verdict never claims more than the drift).
-- Params: none (reads analysis_drift and analysis_hits).
-- Returns: nothing; (re)creates analysis_verdicts(sku, location, loc_key, cluster, confidence, units, explained,
--          wms, erp, storefront, bucket, gap_erp_wms, gap_storefront, drift_units).
CREATE OR REPLACE TABLE analysis_verdicts AS
WITH drifting AS (
    SELECT * FROM analysis_drift WHERE status = 'drift'
),
effects AS (
    SELECT cluster, sku_key, loc_key, sum(effect) AS effect, max(strength) AS strength
    FROM analysis_hits
    WHERE effect IS NOT NULL
    GROUP BY ALL
),
accepted AS (
    SELECT e.*, d.gap_erp_wms
    FROM effects e
    JOIN drifting d ON d.sku = e.sku_key AND d.loc_key = e.loc_key
    WHERE d.gap_erp_wms IS NOT NULL AND abs(d.gap_erp_wms) > 1e-9 AND sign(e.effect) = sign(d.gap_erp_wms)
),
totals AS (
    SELECT sku_key, loc_key, sum(effect) AS explained FROM accepted GROUP BY ALL
),
explained AS (
    SELECT a.cluster, a.sku_key, a.loc_key,
           abs(a.effect) * least(1, abs(a.gap_erp_wms) / abs(t.explained)) AS units, abs(t.explained) AS explained,
           round(a.strength * (0.5 + 0.5 * least(abs(t.explained), abs(a.gap_erp_wms))
                                       / greatest(abs(t.explained), abs(a.gap_erp_wms))), 2) AS confidence
    FROM accepted a
    JOIN totals t USING (sku_key, loc_key)
),
unexplained AS (
    SELECT 'unexplained' AS cluster, d.sku AS sku_key, d.loc_key, d.drift_units AS units, 0.0 AS explained,
           0.5 AS confidence
    FROM drifting d
    WHERE NOT EXISTS (SELECT 1 FROM accepted a WHERE a.sku_key = d.sku AND a.loc_key = d.loc_key)
)
SELECT d.sku, d.location, d.loc_key, v.cluster, v.confidence, v.units, v.explained,
       d.wms, d.erp, d.storefront, d.bucket, d.gap_erp_wms, d.gap_storefront, d.drift_units
FROM (SELECT * FROM explained UNION ALL SELECT * FROM unexplained) v
JOIN drifting d ON d.sku = v.sku_key AND d.loc_key = v.loc_key
ORDER BY v.cluster, v.units DESC, d.sku;
