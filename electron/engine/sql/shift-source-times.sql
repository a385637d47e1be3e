-- Purpose: move one source's instants by its inferred offset: naive times were read as UTC, so the true instant
--          is the reading minus the offset (a UTC-05:00 wall clock is five hours behind the instant).
-- Identifiers: {{table}} its canonical table; {{column}} a time column.
-- Params: $source_id; $offset_minutes (east positive).
-- Returns: nothing.
UPDATE {{table}}
SET {{column}} = {{column}} - to_minutes(CAST($offset_minutes AS BIGINT))
WHERE source_id = $source_id;
