-- Purpose: one row of the crosswalk.
-- Params: $kind; $system; $raw_key.
-- Returns: zero or one crosswalk row.
SELECT * FROM crosswalk WHERE kind = $kind AND system = $system AND raw_key = $raw_key;
