-- Purpose: duplicate_application whose first application names nothing the log knows: a delivery on erp->wms or
--          wms->erp failed or timed out, was sent again under the same correlation id within the hour and
--          succeeded, and meanwhile the receiver's ledger took two rows of the SKU with the quantity the sender's
--          ledger changed once (the receiver had applied the attempt the sender never heard back about, under a
--          document of its own). Rows another duplicate_application hit already covers are left to it.
-- Params: $as_of (ISO instant).
-- Returns: nothing; inserts into analysis_hits the receiver's rows (effect: the extra row's quantity as seen in
--          ERP - WMS) and the delivery's events (supporting).
INSERT INTO analysis_hits
WITH failed_ids AS (
    SELECT DISTINCT correlation_id FROM analysis_events
    WHERE status IN ('retried', 'error') AND correlation_id IS NOT NULL AND eff_path IN ('erp->wms', 'wms->erp')
      AND ts <= $as_of::TIMESTAMPTZ
),
attempts AS (
    SELECT correlation_id, any_value(eff_path) AS eff_path, any_value(sku_key) AS sku_key, min(ts) AS first_ts,
           max(ts) FILTER (WHERE status = 'success') AS done_ts
    FROM analysis_events SEMI JOIN failed_ids USING (correlation_id)
    WHERE ts <= $as_of::TIMESTAMPTZ
    GROUP BY correlation_id
    HAVING count(DISTINCT eff_path) = 1 AND count(DISTINCT sku_key) = 1 AND any_value(eff_path) IN ('erp->wms', 'wms->erp')
       AND max(ts) FILTER (WHERE status = 'success') IS NOT NULL
       AND max(ts) FILTER (WHERE status = 'success') - min(ts) <= INTERVAL 1 HOUR
),
-- Ledgers often write whole minutes: the receiver's rows are looked for from a minute or two before the first attempt.
receiver_rows AS (
    SELECT a.correlation_id, a.eff_path, l.*,
           row_number() OVER (PARTITION BY a.correlation_id, l.qty_delta ORDER BY l.ts, l.line_number) AS nth,
           count(*) OVER (PARTITION BY a.correlation_id, l.qty_delta) AS applied
    FROM attempts a
    JOIN analysis_ledger l ON l.sku_key = a.sku_key AND l.system = split_part(a.eff_path, '->', 2) AND l.moves_stock
        AND l.ts BETWEEN a.first_ts - INTERVAL 2 MINUTE AND a.done_ts + INTERVAL 2 MINUTE
),
sender_rows AS (
    SELECT a.correlation_id, l.qty_delta, count(*) AS sent
    FROM attempts a
    JOIN analysis_ledger l ON l.sku_key = a.sku_key AND l.system = split_part(a.eff_path, '->', 1) AND l.moves_stock
        AND l.ts BETWEEN a.first_ts - INTERVAL 1 HOUR AND a.done_ts
    GROUP BY ALL
),
double_applied AS (
    SELECT r.* FROM receiver_rows r
    JOIN sender_rows s ON s.correlation_id = r.correlation_id AND s.qty_delta = r.qty_delta
    WHERE r.applied >= 2 AND s.sent = 1
      AND NOT EXISTS (SELECT 1 FROM analysis_hits h
                      WHERE h.cluster = 'duplicate_application' AND h.source_id = r.source_id AND h.line_number = r.line_number)
)
SELECT 'duplicate_application', sku_key, loc_key,
       CASE WHEN nth > 1 THEN (CASE WHEN system = 'erp' THEN qty_delta ELSE -qty_delta END) END, 0.85,
       'ledger', source_id, line_number, ts, reference,
       format('{} {} {} of {} units{}', upper(system), coalesce(txn_type_raw, txn_type), coalesce(txn_id, reference, ''),
              ds_qty(qty_delta),
              CASE WHEN nth > 1
                   THEN format(': applied again ({} of {} rows of this quantity while one {} delivery failed and was sent again; the sender changed it once)',
                               nth, applied, eff_path)
                   ELSE format(' (first of {} rows of this quantity)', applied) END)
FROM double_applied
UNION ALL
SELECT 'duplicate_application', d.sku_key, d.loc_key, NULL, 0.85, 'events', e.source_id, e.line_number, e.ts, e.record_ref,
       format('{} {} delivery{} {} ({}), correlation id {}', e.eff_path, e.eff_type,
              CASE WHEN e.record_ref IS NOT NULL THEN ' of ' || e.record_ref ELSE '' END,
              e.status, coalesce(e.status_raw, e.status), e.correlation_id)
FROM analysis_events e
JOIN (SELECT DISTINCT correlation_id, sku_key, loc_key FROM double_applied) d USING (correlation_id)
WHERE e.status IN ('retried', 'error', 'success');
