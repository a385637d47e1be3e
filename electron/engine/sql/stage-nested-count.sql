-- Purpose: how many records of its own a file staged for nested reading holds (set aside in temp.stage_flat), to
--          tell whether a sample read them all.
-- Params: none.
-- Returns: one row (records).
SELECT count(*) AS records FROM temp.stage_flat;
