-- Purpose: the sources manifest as the case home lists it, one row per imported file.
-- Params: none.
-- Returns: rows (source_id, path, relative_path, file_name, system, kind, detected_format, encoding, table_name,
--          preset_id, preset_name, match_reason, tz_rule, rows_seen, rows_loaded, rows_rejected, sha256, bytes,
--          imported_at as ISO text in UTC, warnings as '; '-separated text), in import order.
SELECT source_id, path, coalesce(relative_path, file_name) AS relative_path, file_name, system, kind,
       detected_format, encoding, table_name, preset_id, preset_name, match_reason, tz_rule,
       rows_seen::BIGINT AS rows_seen, rows_loaded::BIGINT AS rows_loaded, rows_rejected::BIGINT AS rows_rejected,
       sha256, bytes::BIGINT AS bytes,
       strftime(timezone('UTC', imported_at), '%Y-%m-%dT%H:%M:%SZ') AS imported_at, warnings
FROM sources
ORDER BY source_id;
