-- Purpose: whether a file writes its times without a zone (naive local times), judged on its first readable
--          values: an export writes all its times one way, and scanning every row would cost a full extra pass.
-- Params: $day_first whether the column writes slash dates day first; reads temp.time_sample(value), the first
--         values of one raw time column (CanonicalPlan.timeSampleSql).
-- Returns: one row (naive, sampled).
SELECT count(*) FILTER (WHERE NOT ds_instant_has_offset(value) AND ds_wall_clock(value, day_first := $day_first) IS NOT NULL) AS naive,
       count(*) AS sampled
FROM temp.time_sample;
