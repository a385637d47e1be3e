-- Purpose: the index of one row in a grid view whose sort keys cannot be bound as values (a LIST column sorted):
--          numbers the view's rows in one pass. Only for those sorts; the others count the rows before the row.
-- Params: $target_rowid; the view's filter values ($f0, ...).
-- Returns: one row (row_index) when the view holds the row, none otherwise.
SELECT row_index
FROM (
    SELECT rowid AS r, row_number() OVER (ORDER BY [[order]]) - 1 AS row_index
    FROM {{table}}
    WHERE [[where]]
)
WHERE r = $target_rowid;
