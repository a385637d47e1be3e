-- Purpose: count the rows of one table.
-- Identifiers: {{table}}.
-- Params: none.
-- Returns: one row (row_count).
SELECT count(*) AS row_count FROM {{table}};
