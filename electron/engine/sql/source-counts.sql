-- Purpose: set a file's row counts from what actually landed: loaded rows in its table, rejected lines in rejects.
-- Identifiers: {{table}} the table its rows went to.
-- Params: $source_id.
-- Returns: one row (rows_seen, rows_loaded, rows_rejected).
UPDATE sources
SET rows_loaded = counts.loaded,
    rows_rejected = counts.rejected,
    rows_seen = counts.loaded + counts.rejected
FROM (
    SELECT
        (SELECT count(*) FROM {{table}} WHERE source_id = $source_id) AS loaded,
        (SELECT count(*) FROM rejects WHERE source_id = $source_id) AS rejected
) AS counts
WHERE sources.source_id = $source_id
RETURNING rows_seen, rows_loaded, rows_rejected;
