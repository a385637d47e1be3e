-- Purpose: whether the case holds the tables of an analysis (the history queries need them).
-- Params: none.
-- Returns: one row (analysed BOOLEAN).
SELECT count(*) = 2 AS analysed
FROM duckdb_tables()
WHERE table_name IN ('analysis_known_good', 'analysis_run');
