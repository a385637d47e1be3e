-- Purpose: record one case_meta entry, replacing an older value.
-- Params: $key, $value.
-- Returns: nothing.
INSERT OR REPLACE INTO case_meta (key, value) VALUES ($key, $value);
