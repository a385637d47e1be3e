-- Purpose: the batches each path's events arrive in, for sync-mode detection: an event at most $batch_gap_s after
--          the previous one joins its batch (a clock-driven sync sends a cycle's events together, so a batch is
--          one cycle). Batches are runs of buckets (sync-mode-buckets.sql): one sorted pass marks the buckets
--          where a batch starts or ends, and only those marks go on.
-- Params: $batch_gap_s DOUBLE: the longest pause inside one batch. Needs sync_mode_buckets.
-- Returns: nothing; (re)creates the temp table sync_mode_batches(path, start_t, end_t) in epoch seconds.
CREATE OR REPLACE TEMP TABLE sync_mode_batches AS
WITH marked AS (
    SELECT path,
           first_t,
           last_t,
           coalesce(first_t - lag(last_t) OVER w > $batch_gap_s, true) AS starts,
           coalesce(lead(first_t) OVER w - last_t > $batch_gap_s, true) AS ends
    FROM sync_mode_buckets
    WHERE first_t IS NOT NULL
    WINDOW w AS (PARTITION BY path ORDER BY first_t)
),
bounds AS (
    SELECT *, lead(last_t) OVER (PARTITION BY path ORDER BY first_t) AS next_last_t
    FROM marked
    WHERE starts OR ends
)
-- Starts and ends alternate; a bucket alone in its batch is both, else the batch ends at the next mark.
SELECT path, first_t AS start_t, CASE WHEN ends THEN last_t ELSE next_last_t END AS end_t
FROM bounds
WHERE starts;
