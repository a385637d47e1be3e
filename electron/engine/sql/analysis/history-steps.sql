-- Purpose: one SKU x location's step series: every change of each system's figure and the level it left.
-- Params: $sku; $loc_key (ds_location_key of the location).
-- Returns: one row per change in time order (system, ts, level, delta, table, source_id, source_file, line, notes);
--          notes are the event annotations on the change's row as JSON text ([{tag, comment}] oldest first; NULL for
--          none).
WITH notes AS (
    SELECT source_id, line_number, to_json(list({'tag': tag, 'comment': comment} ORDER BY created_at, id))::VARCHAR AS notes
    FROM annotations
    WHERE kind = 'event'
    GROUP BY source_id, line_number
)
SELECT c.system, ds_iso(c.ts) AS ts, c.level_after AS level, c.delta, c.evidence_table AS "table", c.source_id,
       coalesce(s.relative_path, s.file_name) AS source_file, c.line_number AS line, n.notes
FROM analysis_level_changes c
LEFT JOIN sources s USING (source_id)
LEFT JOIN notes n ON n.source_id = c.source_id AND n.line_number IS NOT DISTINCT FROM c.line_number
WHERE c.sku_key = $sku AND c.loc_key = $loc_key
ORDER BY c.ts, c.system, c.line_number;
