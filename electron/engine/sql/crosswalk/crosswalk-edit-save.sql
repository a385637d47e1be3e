-- Purpose: record a consultant's mapping of one system's value to an identity, replacing an earlier one.
-- Params: $kind; $system; $raw_key and $target (from crosswalk-keys.sql); $raw_value (as typed).
-- Returns: nothing.
INSERT OR REPLACE INTO crosswalk_edits (kind, system, raw_key, raw_value, target, set_at)
VALUES ($kind, $system, $raw_key, $raw_value, $target, now());
