-- Purpose: how far apart the inventory syncs into the storefront run. A path's period mixes every flow it carries
--          (fulfilments every 15 minutes, a level push every 30), while the storefront's figure trails its feeder by
--          the level push's own spacing: the median gap between batches of inventory syncs (syncs within
--          $batch_gap_s of each other are one batch), gaps over $max_gap_s (nights, weekends) left out.
-- Params: $as_of (ISO instant); $batch_gap_s; $max_gap_s.
-- Returns: one row (spacing_s): the largest of the paths' medians, NULL when no path has 3 such gaps.
-- The events table itself, not the crosswalked view: only paths, types and times are read, over the two days before
-- the as-of instant, the pushes that bear on the storefront's figure.
WITH syncs AS (
    SELECT path AS eff_path, ts,
           ts - lag(ts) OVER (PARTITION BY path ORDER BY ts) AS since_last
    FROM events
    WHERE event_type = 'inventory_sync' AND path LIKE '%->storefront'
      AND ts <= $as_of::TIMESTAMPTZ AND ts > $as_of::TIMESTAMPTZ - INTERVAL 2 DAY
),
batches AS (
    SELECT eff_path, ts FROM syncs WHERE since_last IS NULL OR since_last > to_seconds($batch_gap_s::DOUBLE)
),
gaps AS (
    SELECT eff_path, epoch(ts - lag(ts) OVER (PARTITION BY eff_path ORDER BY ts)) AS gap_s FROM batches
)
SELECT max(spacing) AS spacing_s
FROM (
    SELECT median(gap_s) AS spacing FROM gaps
    WHERE gap_s IS NOT NULL AND gap_s <= $max_gap_s::DOUBLE
    GROUP BY eff_path
    HAVING count(*) >= 3
);
