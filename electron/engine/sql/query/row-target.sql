-- Purpose: find one row of a table by its source file and line, with its sort keys as text.
-- Params: $source_id; $line_number unless the line condition tests for NULL.
-- Returns: one row (target_rowid, k0 ... kN) or none; the first by rowid if several share the line.
SELECT rowid AS target_rowid [[key_texts]]
FROM {{table}}
WHERE source_id = $source_id AND [[line]]
ORDER BY rowid
LIMIT 1;
