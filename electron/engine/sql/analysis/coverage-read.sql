-- Purpose: the coverage rows, read back from analysis_coverage (made by coverage.sql).
-- Params: none.
-- Returns: path, event_type, seen INTEGER, failed INTEGER, gap BOOLEAN: the needed combinations first, in the
--          order the business lists them, then the others by path and type.
SELECT path, event_type, CAST(seen AS INTEGER) AS seen, CAST(failed AS INTEGER) AS failed, gap
FROM analysis_coverage
ORDER BY ordinal;
