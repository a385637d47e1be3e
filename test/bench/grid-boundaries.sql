-- Purpose: the sort key (as text) and rowid of the rows at given indexes of a benchmark view, in one pass, so the
--          baseline keyset queries can start from them.
-- Params: $positions (the indexes, as a list); the view's ORDER BY and filter are filled in by the benchmark.
-- Returns: rows (pos, key_text, row_id).
SELECT pos, key_text, row_id
FROM (
    SELECT CAST([[key]] AS VARCHAR) AS key_text, rowid AS row_id, row_number() OVER (ORDER BY [[order]]) - 1 AS pos
    FROM events
    WHERE [[where]]
)
WHERE list_contains(CAST($positions AS BIGINT[]), pos);
