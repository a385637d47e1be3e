-- Purpose: each path's events gathered in buckets $batch_gap_s wide, the unit sync-mode detection sorts and
--          weighs triggers by (a schedule sends a burst of events in a bucket or two, a listener one at a time).
--          Any two events of a bucket are at most $batch_gap_s apart, so they always fall in the same batch.
-- Params: $batch_gap_s DOUBLE: the longest pause inside one batch.
-- Returns: nothing; (re)creates the temp table sync_mode_buckets(path, first_t, last_t, events, scheduled,
--          listener): times in epoch seconds, event and trigger counts; a path's events without a time make one
--          bucket with NULL times (counted, never timed).
CREATE OR REPLACE TEMP TABLE sync_mode_buckets AS
SELECT eff_path AS path,
       min(epoch_ms(ts)) / 1000 AS first_t,
       max(epoch_ms(ts)) / 1000 AS last_t,
       count(*) AS events,
       sum(CAST(trigger = 'scheduled' AS INTEGER)) AS scheduled,
       sum(CAST(trigger = 'listener' AS INTEGER)) AS listener
FROM analysis_events
WHERE eff_path IS NOT NULL
GROUP BY eff_path, epoch_ms(ts) // CAST($batch_gap_s * 1000 AS BIGINT);
