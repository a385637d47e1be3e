-- Purpose: the grid benchmark's baseline for a page under "ts ascending": the bare DuckDB keyset query from the
--          page's first row, as one would write it by hand.
-- Params: $key (the first row's ts as text), $rowid (its rowid), $page_rows.
-- Returns: the page's rows.
SELECT *
FROM events
WHERE ts > CAST($key AS TIMESTAMPTZ) OR (ts = CAST($key AS TIMESTAMPTZ) AND rowid >= $rowid)
ORDER BY ts, rowid
LIMIT $page_rows;
