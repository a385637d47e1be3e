-- Purpose: exact row count of every user table (DuckDB keeps these, so this is cheap).
-- Params: none.
-- Returns: rows (table_name, row_count).
SELECT table_name, estimated_size AS row_count
FROM duckdb_tables()
WHERE schema_name = 'main' AND database_name = current_database() AND NOT temporary;
