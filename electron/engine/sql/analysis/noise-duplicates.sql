-- Purpose: events delivered more than once, and whether the receiver applied them twice. A delivery is an event whose
--          status is success or duplicate; deliveries of the same event share the path, the sku_key and the idempotency
--          key, or when that is absent the correlation id and the event type (ingest stores blank text as NULL). A
--          group of two or more is applied when the receiver (the system after '->' in the path) has two or more stock-
--          moving ledger rows (a quantity changed) with the group's ref_key for its sku_key (the stock was counted
--          twice), ignored otherwise (the receiver's 'duplicate' answers included). Only deliveries whose key hash
--          repeats (noise-repeated.sql) are grouped by their keys.
-- Params: none. Needs noise_repeated and noise_delivery_hash (noise-repeated.sql, noise-macros.sql).
-- Returns: nothing; (re)creates analysis_noise_duplicates(path, event_type, sku_key, dedupe_by, dedupe_key,
--          ref_key, deliveries, marked_duplicate, first_ts, last_ts, receiver, receiver_ledger_rows, applied).
CREATE OR REPLACE TABLE analysis_noise_duplicates AS
WITH deliveries AS (
    SELECT e.eff_path AS path, e.eff_type AS event_type, coalesce(e.sku_key, '') AS sku_key, e.idempotency_key,
           e.correlation_id, e.ref_key, e.status, e.ts
    FROM analysis_events e
    SEMI JOIN noise_repeated r
        ON r.group_hash = noise_delivery_hash(e.eff_path, e.sku_key, e.idempotency_key, e.correlation_id, e.eff_type)
    WHERE e.status IN ('success', 'duplicate') AND (e.idempotency_key IS NOT NULL OR e.correlation_id IS NOT NULL)
),
groups AS MATERIALIZED (
    SELECT path,
           min(event_type) AS event_type,
           sku_key,
           CASE WHEN idempotency_key IS NOT NULL THEN 'idempotency_key' ELSE 'correlation_id' END AS dedupe_by,
           coalesce(idempotency_key, any_value(correlation_id) || ' / ' || min(event_type)) AS dedupe_key,
           min(ref_key) AS ref_key,
           count(*) AS deliveries,
           count(*) FILTER (WHERE status = 'duplicate') AS marked_duplicate,
           min(ts) AS first_ts,
           max(ts) AS last_ts,
           split_part(path, '->', 2) AS receiver
    FROM deliveries
    GROUP BY path, sku_key, idempotency_key, CASE WHEN idempotency_key IS NULL THEN correlation_id END,
             CASE WHEN idempotency_key IS NULL THEN event_type END
    HAVING count(*) >= 2
),
receiver_rows AS (
    SELECT l.system, l.ref_key, l.sku_key, count(*) AS ledger_rows
    FROM analysis_ledger l
    SEMI JOIN (SELECT DISTINCT receiver, ref_key, sku_key FROM groups) g
        ON g.receiver = l.system AND g.ref_key = l.ref_key AND g.sku_key = l.sku_key
    WHERE l.moves_stock AND l.qty_delta <> 0
    GROUP BY ALL
)
SELECT g.*,
       coalesce(r.ledger_rows, 0) AS receiver_ledger_rows,
       coalesce(r.ledger_rows, 0) >= 2 AS applied
FROM groups g
LEFT JOIN receiver_rows r ON r.system = g.receiver AND r.ref_key = g.ref_key AND r.sku_key = g.sku_key;
