-- Purpose: one SKU x location of the drift table with its last known-good moment and first divergence.
-- Params: $sku; $loc_key.
-- Returns: zero or one row (sku, location, as_of, last_known_good, first_divergence).
SELECT d.sku, d.location, ds_iso(r.as_of) AS as_of, ds_iso(k.last_known_good) AS last_known_good,
       ds_iso(k.first_divergence) AS first_divergence
FROM analysis_drift d
CROSS JOIN analysis_run r
LEFT JOIN analysis_known_good k ON k.sku = d.sku AND k.loc_key = d.loc_key
WHERE d.sku = $sku AND d.loc_key = $loc_key;
