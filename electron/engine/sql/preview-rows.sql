-- Purpose: the first records of a staged, converted file as an import would load them, refused ones included.
-- Params: $rows how many.
-- Returns: rows (line_number, the typed and raw canonical columns of temp.conv, reason).
SELECT * EXCLUDE (record) FROM temp.conv ORDER BY line_number LIMIT $rows;
