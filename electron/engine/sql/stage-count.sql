-- Purpose: how many records the staging table holds (what a preview of a file's start read).
-- Params: none.
-- Returns: one row (records).
SELECT count(*) AS records FROM temp.stage;
