-- Purpose: the manifest entries whose originals `verify` re-hashes.
-- Params: none.
-- Returns: rows (source_id, path, relative_path, sha256, bytes), in import order.
SELECT source_id, path, relative_path, sha256, bytes FROM sources ORDER BY source_id;
