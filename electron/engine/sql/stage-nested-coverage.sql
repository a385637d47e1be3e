-- Purpose: how many of the file's records a records rule found nested records in, for staging to judge a built-in
--          rule on a sample before reading the whole file by it.
-- Params: none.
-- Returns: one row (nested, file_records): the file records that gave nested records, and all the staged ones.
SELECT count(DISTINCT line_base) FILTER (WHERE way IS NOT NULL) AS nested, count(DISTINCT line_base) AS file_records
FROM temp.stage;
