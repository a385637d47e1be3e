-- Purpose: how many lines the reader refused while staging (most files: none, and line numbers need no join).
-- Params: none.
-- Returns: one row (rejected).
SELECT count(DISTINCT line) AS rejected FROM temp.csv_reject_errors;
