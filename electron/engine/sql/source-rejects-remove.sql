-- Purpose: remove the rejects of a file kept as a raw table that is being read again, now by a mapping or preset.
-- Params: $source_id.
-- Returns: nothing.
DELETE FROM rejects WHERE source_id = $source_id;
