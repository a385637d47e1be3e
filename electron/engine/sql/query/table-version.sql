-- Purpose: what changes when a table's rows or columns do: its catalog id (a replaced table gets a new one), row
--          count and column count. Cheap, unlike reading the whole catalog.
-- Params: $table, the table's name.
-- Returns: one row (table_oid, estimated_size, column_count), or none when there is no such table.
SELECT table_oid, estimated_size, column_count
FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND table_name = $table;
