-- Purpose: keep a file no preset or mapping recognises as a table of its own, every value as text, tagged with
--          its source and line so it can still be explored and cited.
-- Identifiers: {{table}} the new table.
-- Params: $source_id; $header_lines 1 for a file with a header row, else 0.
-- Returns: nothing.
CREATE TABLE {{table}} AS
SELECT $source_id AS source_id, s.record + $header_lines + coalesce(o.rejected_before, 0) AS line_number,
       s.* EXCLUDE (record)
FROM (SELECT rowid - (SELECT min(rowid) FROM temp.stage) + 1 AS record, * FROM temp.stage) s
ASOF LEFT JOIN temp.reject_offsets o ON s.record >= o.from_record
ORDER BY line_number;
