-- Purpose: a SKU x location's middleware events within a range, as chart markers, capped at $limit: every event
--          that did not simply succeed is kept first (errors, rejections, retries and duplicates are what the
--          consultant looks for), then successes in hash order, an even sample across the range that is the same
--          on every call. The kept events come back in time order.
-- Params: $sku (as stored); $loc_key (ds_location_key of the location); $from, $to (ISO instants, inclusive);
--         $limit INTEGER. Needs analysis_events.
-- Returns: up to $limit rows (ts_ms, status, path, event_type, qty, source_id, line_number, event_id, total, notes),
--          where total counts every event of the SKU in the range and notes are the event annotations on the row as
--          JSON text ([{tag, comment}] oldest first; NULL for none), looked up for the kept rows only.
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
),
notes AS (
    SELECT source_id, line_number, to_json(list({'tag': tag, 'comment': comment} ORDER BY created_at, id))::VARCHAR AS notes
    FROM annotations
    WHERE kind = 'event'
    GROUP BY source_id, line_number
)
SELECT CAST(epoch_ms(k.ts) AS DOUBLE) AS ts_ms,
       k.status,
       k.eff_path AS path,
       k.eff_type AS event_type,
       k.qty,
       k.source_id,
       CAST(k.line_number AS DOUBLE) AS line_number,
       k.event_id,
       CAST(k.total AS DOUBLE) AS total,
       n.notes
FROM kept k
LEFT JOIN notes n ON n.source_id = k.source_id AND n.line_number IS NOT DISTINCT FROM k.line_number
ORDER BY k.ts, k.source_id, k.line_number;
