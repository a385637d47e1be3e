-- Purpose: the index of one table row in a materialised grid view.
-- Params: $target_rowid, the row's rowid in the table.
-- Returns: one row (row_index) when the view holds the row, none otherwise.
SELECT rowid AS row_index
FROM {{cache}}.{{copy}}
WHERE __driftscope_rowid = $target_rowid;
