-- Purpose: count the distinct malformed input lines of the last CSV load.
-- Params: none.
-- Returns: one row (rejected).
SELECT count(DISTINCT line) AS rejected FROM temp.csv_reject_errors;
