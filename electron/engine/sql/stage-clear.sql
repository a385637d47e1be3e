-- Purpose: drop the temporary tables of an earlier file's staging on this connection.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS temp.stage;
DROP TABLE IF EXISTS temp.conv;
DROP TABLE IF EXISTS temp.raw;
DROP TABLE IF EXISTS temp.reject_offsets;
DROP TABLE IF EXISTS temp.csv_reject_errors;
DROP TABLE IF EXISTS temp.csv_reject_scans;
DROP TABLE IF EXISTS temp.log_lines;
