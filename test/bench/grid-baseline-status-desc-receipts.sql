-- Purpose: the grid benchmark's baseline for a page under "status descending" of receipt events only: the bare
--          DuckDB keyset query from the page's first row.
-- Params: $key (the first row's status), $rowid (its rowid), $page_rows.
-- Returns: the page's rows.
SELECT *
FROM events
WHERE event_type = 'receipt' AND (status < $key OR (status = $key AND rowid >= $rowid))
ORDER BY status DESC, rowid
LIMIT $page_rows;
