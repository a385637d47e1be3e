-- Purpose: how many of a staged file's readable time values carry no zone of their own (naive local times).
-- Params: none; reads temp.conv's raw time columns through the given expression list.
-- Returns: one row (naive, total).
SELECT count(*) FILTER (WHERE NOT ds_instant_has_offset(value) AND ds_wall_clock(value) IS NOT NULL) AS naive,
       count(value) AS total
FROM (SELECT {{column}} AS value FROM temp.conv);
