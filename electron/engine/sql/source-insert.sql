-- Purpose: record one imported file in the manifest, before its rows are loaded (their counts are set after).
-- Params: $path, $relative_path, $file_name, $sha256, $bytes, $modified_at (ISO instant), $detected_format,
--         $encoding, $preset_id, $preset_name, $match_reason, $system, $kind, $tz_rule, $table_name, $warnings.
-- Returns: the new source_id.
INSERT INTO sources (path, relative_path, file_name, sha256, bytes, modified_at, detected_format, encoding,
                     preset_id, preset_name, match_reason, system, kind, tz_rule, table_name,
                     rows_seen, rows_loaded, rows_rejected, warnings)
VALUES ($path, $relative_path, $file_name, $sha256, $bytes, CAST($modified_at AS TIMESTAMPTZ), $detected_format,
        $encoding, $preset_id, $preset_name, $match_reason, $system, $kind, $tz_rule, $table_name,
        0, 0, 0, $warnings)
RETURNING source_id;
