-- Purpose: the grid benchmark's baseline for a page under "sku ascending": the bare DuckDB keyset query from the
--          page's first row.
-- Params: $key (the first row's SKU), $rowid (its rowid), $page_rows.
-- Returns: the page's rows.
SELECT *
FROM events
WHERE sku > $key OR (sku = $key AND rowid >= $rowid)
ORDER BY sku, rowid
LIMIT $page_rows;
