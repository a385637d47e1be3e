-- Purpose: keep the rows this inference found, so a consultant's mapping (set or removed) is laid over them without
--          inferring again.
-- Params: none.
-- Returns: nothing; replaces the table crosswalk_inferred (the crosswalk's columns) from cw_inferred.
CREATE OR REPLACE TABLE crosswalk_inferred AS
SELECT * FROM cw_inferred;
