-- Purpose: remove the manifest entry of a file kept as a raw table that is being read again, now by a mapping or
--          preset (its raw table is dropped beside it, raw-table-drop.sql).
-- Params: $source_id.
-- Returns: nothing.
DELETE FROM sources WHERE source_id = $source_id;
