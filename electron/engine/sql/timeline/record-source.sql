-- Purpose: the manifest entry of the file a row came from, for the record drawer.
-- Params: $source_id.
-- Returns: zero or one row (file_name, relative_path, path, system, kind, preset_name).
SELECT file_name, relative_path, path, system, kind, preset_name
FROM sources
WHERE source_id = $source_id;
