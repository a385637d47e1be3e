-- Purpose: remove a consultant's mapping, so the inferred one applies again.
-- Params: $kind; $system; $raw_key (from crosswalk-keys.sql).
-- Returns: the removed row's raw_key, or no row when there was no such mapping.
DELETE FROM crosswalk_edits
WHERE kind = $kind AND system = $system AND raw_key = $raw_key
RETURNING raw_key;
