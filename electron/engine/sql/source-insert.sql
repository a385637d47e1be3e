-- Purpose: record one imported file in the manifest.
-- Params: $path, $file_name, $sha256, $bytes, $modified_at (ISO instant), $detected_format, $table_name,
--         $rows_seen, $rows_loaded, $rows_rejected.
-- Returns: the new source_id.
INSERT INTO sources (path, file_name, sha256, bytes, modified_at, detected_format, table_name,
                     rows_seen, rows_loaded, rows_rejected)
VALUES ($path, $file_name, $sha256, $bytes, CAST($modified_at AS TIMESTAMPTZ), $detected_format, $table_name,
        $rows_seen, $rows_loaded, $rows_rejected)
RETURNING source_id;
