-- Purpose: one row of a case table in full, located as every canonical row is: its source file id and line.
-- Params: {{table}}: a table of the catalog that has source_id and line_number columns; $source_id;
--         $line_number (NULL finds the row without a line).
-- Returns: zero or one row with every column of the table (the first in load order if a line loaded twice).
SELECT *
FROM {{table}}
WHERE source_id = $source_id AND line_number IS NOT DISTINCT FROM $line_number::BIGINT
ORDER BY rowid
LIMIT 1;
