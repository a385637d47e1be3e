-- Purpose: list the case's user-visible tables with their columns in declaration order.
-- Params: none.
-- Returns: rows (table_name, column_name, data_type, ordinal_position); data tables first, then the manifest
--          (sources) and rejects; the case_meta bookkeeping table is left out.
SELECT table_name, column_name, data_type, ordinal_position
FROM information_schema.columns
WHERE table_schema = 'main'
  AND table_catalog = current_database()
  AND table_name NOT IN ('case_meta')
ORDER BY table_name IN ('sources', 'rejects'), table_name, ordinal_position;
