-- Purpose: count the rows of a grid view (a table under its filters and quick-find), or those before one row of it.
-- Params: the view's filter values ($f0, ...) and, when counting rows before a row, that row's keys ($k0, ...).
-- Returns: one row (row_count).
SELECT count(*) AS row_count
FROM {{table}}
WHERE [[where]];
