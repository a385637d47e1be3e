-- Purpose: write a grid view (filters, quick-find, order, chosen columns) to a CSV file with DuckDB's COPY; rows
--          never pass through JavaScript.
-- Params: $export_path; the view's filter values ($f0, ...).
-- Returns: one row (Count) with the rows written.
COPY (
    SELECT [[columns]]
    FROM {{table}}
    WHERE [[where]]
    ORDER BY [[order]]
) TO $export_path (HEADER, DELIMITER ',');
