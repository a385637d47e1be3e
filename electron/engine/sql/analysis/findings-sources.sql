-- Purpose: the sources manifest as the findings list it.
-- Params: none.
-- Returns: one row per imported file, in import order.
SELECT coalesce(relative_path, file_name) AS file, sha256, system, kind, coalesce(preset_id, 'mapping') AS preset,
       tz_rule, rows_loaded, rows_rejected AS rejected
FROM sources
ORDER BY source_id;
