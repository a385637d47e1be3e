-- Purpose: the verdicts of one SKU x location, largest first, with how many evidence rows each has.
-- Params: $sku; $loc_key (the location's key, see location-key.sql).
-- Returns: one row per verdict: cluster, confidence, units, evidence_total INTEGER.
WITH evidence AS (
    SELECT cluster, count(*) AS rows
    FROM analysis_evidence
    WHERE sku = $sku AND loc_key = $loc_key
    GROUP BY cluster
)
SELECT v.cluster, v.confidence, v.units, coalesce(e.rows, 0)::INTEGER AS evidence_total
FROM analysis_verdicts v
LEFT JOIN evidence e USING (cluster)
WHERE v.sku = $sku AND v.loc_key = $loc_key
ORDER BY v.units DESC, v.cluster;
