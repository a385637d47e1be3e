-- Purpose: a SKU x location's middleware events within a range, as chart markers, capped at $limit: every event
--          that did not simply succeed is kept first (errors, rejections, retries and duplicates are what the
--          consultant looks for), then successes in hash order, an even sample across the range that is the same
--          on every call. The kept events come back in time order.
-- Params: $sku (as stored); $loc_key (ds_location_key of the location); $from, $to (ISO instants, inclusive);
--         $limit INTEGER. Needs analysis_events.
-- Returns: up to $limit rows (ts_ms, status, path, event_type, qty, source_id, line_number, event_id, total), where
--          total counts every event of the SKU in the range.
WITH in_range AS (
    SELECT ts, status, eff_path, eff_type, qty, source_id, line_number, event_id
    FROM analysis_events
    WHERE sku_key = $sku AND loc_key = $loc_key AND ts BETWEEN $from::TIMESTAMPTZ AND $to::TIMESTAMPTZ
),
kept AS (
    SELECT *, count(*) OVER () AS total
    FROM in_range
    ORDER BY status = 'success', hash(source_id, line_number)
    LIMIT $limit
)
SELECT CAST(epoch_ms(ts) AS DOUBLE) AS ts_ms,
       status,
       eff_path AS path,
       eff_type AS event_type,
       qty,
       source_id,
       CAST(line_number AS DOUBLE) AS line_number,
       event_id,
       CAST(total AS DOUBLE) AS total
FROM kept
ORDER BY ts, source_id, line_number;
