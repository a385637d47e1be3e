-- Purpose: whether the case holds the tables of an analysis that the summary strip reads.
-- Params: none.
-- Returns: one row (analysed BOOLEAN).
SELECT count(*) = 3 AS analysed
FROM duckdb_tables()
WHERE schema_name = 'main' AND table_name IN ('analysis_run', 'analysis_drift', 'analysis_verdicts');
