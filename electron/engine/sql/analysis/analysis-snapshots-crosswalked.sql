-- Purpose: the snapshots as analysis reads them (as analysis-snapshots.sql), for a case whose crosswalk renames
--          something: locations and SKUs take the identity the crosswalk gives the system's spellings
--          (analysis_identity), else their own.
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_snapshots: the snapshots' columns plus sku_key, loc_key,
--          capture_ts (the capture column, else the file's time as analysis-source-capture.sql reads it) and
--          captured_by saying which.
CREATE OR REPLACE TEMP VIEW analysis_snapshots AS
SELECT s.*,
       coalesce(sx.canonical_key, trim(s.sku)) AS sku_key,
       coalesce(lx.canonical_key, ds_location_key(s.location)) AS loc_key,
       coalesce(s.captured_at, c.capture_ts) AS capture_ts,
       CASE WHEN s.captured_at IS NOT NULL THEN 'capture column' ELSE c.captured_by END AS captured_by
FROM snapshots s
JOIN analysis_source_capture c USING (source_id)
LEFT JOIN analysis_identity lx ON lx.kind = 'location' AND lx.system = s.system AND lx.raw_key = ds_location_key(s.location)
LEFT JOIN analysis_identity sx ON sx.kind = 'sku' AND sx.system = s.system AND sx.raw_key = s.sku;
