-- Purpose: list the case's user-visible tables with their columns in declaration order.
-- Params: none.
-- Returns: rows (table_name, column_name, data_type, ordinal_position), bookkeeping tables excluded.
SELECT table_name, column_name, data_type, ordinal_position
FROM information_schema.columns
WHERE table_schema = 'main'
  AND table_catalog = current_database()
  AND table_name NOT IN ('case_meta')
ORDER BY table_name, ordinal_position;
