-- Purpose: the snapshots as analysis reads them, with join keys and the instant each was captured.
--          A case whose crosswalk renames a location or SKU reads analysis-snapshots-crosswalked.sql instead.
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_snapshots: the snapshots' columns plus sku_key, loc_key,
--          capture_ts (the capture column, else the file's time as analysis-source-capture.sql reads it) and
--          captured_by saying which.
CREATE OR REPLACE TEMP VIEW analysis_snapshots AS
SELECT s.*,
       trim(s.sku) AS sku_key,
       ds_location_key(s.location) AS loc_key,
       coalesce(s.captured_at, c.capture_ts) AS capture_ts,
       CASE WHEN s.captured_at IS NOT NULL THEN 'capture column' ELSE c.captured_by END AS captured_by
FROM snapshots s
JOIN analysis_source_capture c USING (source_id);
