-- Purpose: one SKU x location's step series: every change of each system's figure and the level it left.
-- Params: $sku; $loc_key (ds_location_key of the location).
-- Returns: one row per change in time order (system, ts, level, delta, table, source_id, source_file, line).
SELECT c.system, ds_iso(c.ts) AS ts, c.level_after AS level, c.delta, c.evidence_table AS "table", c.source_id,
       coalesce(s.relative_path, s.file_name) AS source_file, c.line_number AS line
FROM analysis_level_changes c
LEFT JOIN sources s USING (source_id)
WHERE c.sku_key = $sku AND c.loc_key = $loc_key
ORDER BY c.ts, c.system, c.line_number;
