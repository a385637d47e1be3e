-- Purpose: record one imported file in the manifest, before its rows are loaded (their counts are set after).
-- Params: $path, $relative_path, $file_name, $sha256, $bytes, $modified_at (ISO instant), $detected_format,
--         $encoding, $preset_id, $preset_name, $match_reason, $system, $kind, $tz_rule, $table_name, $warnings;
--         $name_time: the capture date-time the file name holds ('YYYY-MM-DD HH:MM:SS') or NULL, read in
--         $name_zone (an IANA zone, or 'UTC'); $qty_is_change: true when the events' quantity column names a change
--         (delta), not the level an inventory sync sets.
-- Returns: the new source_id.
INSERT INTO sources (path, relative_path, file_name, sha256, bytes, modified_at, detected_format, encoding,
                     preset_id, preset_name, match_reason, system, kind, tz_rule, table_name,
                     rows_seen, rows_loaded, rows_rejected, warnings, captured_at, qty_is_change)
VALUES ($path, $relative_path, $file_name, $sha256, $bytes, CAST($modified_at AS TIMESTAMPTZ), $detected_format,
        $encoding, $preset_id, $preset_name, $match_reason, $system, $kind, $tz_rule, $table_name,
        0, 0, 0, $warnings, timezone($name_zone::VARCHAR, CAST($name_time AS TIMESTAMP)), $qty_is_change)
RETURNING source_id;
