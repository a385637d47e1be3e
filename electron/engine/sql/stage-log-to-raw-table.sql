-- Purpose: keep a plain-text log no preset or mapping recognises as a table of its own: one row per record (its
--          parts and whole text), tagged with its source and the file line it opens on, so it can still be
--          explored and cited.
-- Identifiers: {{table}} the new table.
-- Params: $source_id.
-- Returns: nothing.
CREATE TABLE {{table}} AS
SELECT $source_id AS source_id, s.line_base + coalesce(o.rejected_before, 0) AS line_number, s.* EXCLUDE (line_base)
FROM temp.stage s
ASOF LEFT JOIN temp.reject_offsets o ON s.line_base >= o.from_record
ORDER BY line_number;
