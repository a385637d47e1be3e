-- Purpose: drop the raw table of a file that is being read again, now by a mapping or preset.
-- Identifiers: {{table}} the raw table.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS {{table}};
