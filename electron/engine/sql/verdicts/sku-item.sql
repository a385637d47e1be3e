-- Purpose: how the systems compare for one SKU x location at the analysis's as-of instant.
-- Params: $sku; $loc_key (the location's key, see location-key.sql).
-- Returns: zero or one row: sku, location, as_of (ISO text), status, bucket, wms, erp, storefront, drift_units.
SELECT d.sku, d.location, ds_iso(r.as_of) AS as_of, d.status, d.bucket, d.wms, d.erp, d.storefront,
       coalesce(d.drift_units, 0)::DOUBLE AS drift_units
FROM analysis_drift d, analysis_run r
WHERE d.sku = $sku AND d.loc_key = $loc_key;
