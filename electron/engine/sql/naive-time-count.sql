-- Purpose: whether a file writes its times without a zone (naive local times), judged on its first readable
--          values: an export writes all its times one way, and scanning every row would cost a full extra pass.
-- Identifiers: {{column}} the raw time column of temp.conv.
-- Params: $sample_rows how many values to look at.
-- Returns: one row (naive, sampled).
SELECT count(*) FILTER (WHERE NOT ds_instant_has_offset(value) AND ds_wall_clock(value) IS NOT NULL) AS naive,
       count(*) AS sampled
FROM (SELECT {{column}} AS value FROM temp.conv WHERE {{column}} IS NOT NULL LIMIT $sample_rows);
