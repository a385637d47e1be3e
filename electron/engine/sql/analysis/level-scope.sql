-- Purpose: which SKU x locations the level changes are reconstructed for: every drifting one (the known-good
--          search), or the one a history asks for.
-- Params: $sku: NULL for every drifting SKU x location, else one SKU; $loc_key: its location key.
-- Returns: nothing; (re)creates the temp table analysis_level_scope(sku_key, loc_key).
CREATE OR REPLACE TEMP TABLE analysis_level_scope AS
SELECT sku AS sku_key, loc_key
FROM analysis_drift
WHERE ($sku::VARCHAR IS NULL AND status = 'drift') OR (sku = $sku AND loc_key = $loc_key);
