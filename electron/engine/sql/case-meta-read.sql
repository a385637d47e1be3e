-- Purpose: read the case's identity (schema version, creation time) from case_meta.
-- Params: none.
-- Returns: rows (key, value).
SELECT key, value FROM case_meta WHERE key IN ('app', 'schema_version', 'created_at');
