-- Purpose: the event annotations on the rows of one grid page, by each row's source file and line; looked up after
--          the page itself was read and for its rows only, so paging keeps its cost (one list membership test per
--          annotation, cheaper than joining the page's rows in).
-- Params: $row_keys: the page's rows as 'source_id:line_number' text ('source_id:' for a row without a line number).
-- Returns: rows (row_key, tag, comment), one per annotation on a row of the page, oldest first.
SELECT concat(source_id, ':', line_number) AS row_key, tag, comment
FROM annotations
WHERE kind = 'event' AND list_contains($row_keys, concat(source_id, ':', line_number))
ORDER BY created_at, id;
