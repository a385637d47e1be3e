-- Purpose: drop the working table of coverage once analysis_coverage is written.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS coverage_failures;
