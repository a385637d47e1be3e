-- Purpose: the events that repeat an event of an earlier file, so analysis counts each handoff once when two exports
--          log the same deliveries (a Boomi document export and the process log of the same runs). Only files whose
--          time ranges overlap are compared. An event repeats when an earlier file has one with the same path, SKU
--          identity, status and idempotency key (else correlation id) within two seconds (a file may write whole
--          seconds), matched occurrence by occurrence. Events with neither key are never taken for repeats.
-- Params: none. Needs the view analysis_events_rows.
-- Returns: nothing; (re)creates the temp table analysis_events_repeats(source_id, line_number, kept_source_id).
CREATE OR REPLACE TEMP TABLE analysis_events_repeats AS
WITH spans AS (
    SELECT source_id, min(ts) AS first_ts, max(ts) AS last_ts
    FROM events
    WHERE coalesce(idempotency_key, correlation_id) IS NOT NULL
    GROUP BY source_id
),
pairs AS (
    SELECT a.source_id AS kept, b.source_id AS repeated
    FROM spans a
    JOIN spans b ON a.source_id < b.source_id AND a.first_ts <= b.last_ts AND b.first_ts <= a.last_ts
),
compared AS (
    SELECT source_id, line_number, eff_path, sku_key, status, coalesce(idempotency_key, correlation_id) AS delivery_key, ts,
           row_number() OVER (PARTITION BY source_id, eff_path, sku_key, status, coalesce(idempotency_key, correlation_id)
                              ORDER BY ts, line_number) AS nth
    FROM analysis_events_rows
    WHERE coalesce(idempotency_key, correlation_id) IS NOT NULL AND ts IS NOT NULL
      AND source_id IN (SELECT kept FROM pairs UNION SELECT repeated FROM pairs)
)
SELECT r.source_id, r.line_number, min(k.source_id) AS kept_source_id
FROM pairs p
JOIN compared r ON r.source_id = p.repeated
JOIN compared k ON k.source_id = p.kept AND k.delivery_key = r.delivery_key AND k.status = r.status
    AND k.eff_path IS NOT DISTINCT FROM r.eff_path AND k.sku_key IS NOT DISTINCT FROM r.sku_key AND k.nth = r.nth
    AND abs(epoch(k.ts) - epoch(r.ts)) <= 2
GROUP BY r.source_id, r.line_number;
