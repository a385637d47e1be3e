-- Purpose: drop the reject tables of an earlier CSV load on this connection, so counts are per file.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS temp.csv_reject_errors;
DROP TABLE IF EXISTS temp.csv_reject_scans;
