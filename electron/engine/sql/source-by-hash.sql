-- Purpose: find an earlier import of the same file content.
-- Params: $sha256.
-- Returns: at most one row (source_id, path, table_name, kind).
SELECT source_id, path, table_name, kind FROM sources WHERE sha256 = $sha256 ORDER BY source_id LIMIT 1;
