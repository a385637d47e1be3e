-- Purpose: the checklist figures of every SKU x location with a verdict, or of one, instants as ISO text.
-- Params: $sku and $loc_key: the one SKU x location, or both NULL for all (reads analysis_checklist).
-- Returns: one row per SKU x location.
SELECT sku, loc_key, wms, erp, storefront, changed_last,
       ds_iso(wms_last_change) AS wms_last_change, ds_iso(erp_last_change) AS erp_last_change,
       ds_iso(storefront_last_change) AS storefront_last_change,
       ds_iso(last_known_good) AS last_known_good, ds_iso(first_divergence) AS first_divergence,
       divergence_system, divergence_file, divergence_line,
       ds_iso(window_from) AS window_from, ds_iso(window_to) AS window_to,
       window_events, window_failed, to_json(window_codes)::VARCHAR AS window_codes, window_repeated, window_missing,
       inbound_failed, outbound_failed, planning_signals
FROM analysis_checklist
WHERE $sku::VARCHAR IS NULL OR (sku = $sku::VARCHAR AND loc_key = $loc_key::VARCHAR);
