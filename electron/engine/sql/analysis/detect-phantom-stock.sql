-- Purpose: phantom_stock: ERP receipts whose erp->wms receipt event failed with no later success for the same
--          correlation id, idempotency key or reference (and SKU), and no WMS receipt for that reference (domain.md,
--          cluster 1). Ledger rows match the event and each other by either of their reference keys (ref_key,
--          alt_ref_key); an ERP receipt also by its own document number (txn_id), which a middleware log may name
--          instead of the PO it was created from.
-- Params: $as_of (ISO instant).
-- Returns: nothing; inserts into analysis_hits the ERP receipt rows (effect +qty: the ERP holds stock the WMS never
--          received) and the failed events (supporting), or the failed event itself when the ERP ledger lacks it.
INSERT INTO analysis_hits
WITH receipt_events AS (
    SELECT * FROM analysis_events
    WHERE eff_path = 'erp->wms' AND eff_type = 'receipt' AND ts <= $as_of::TIMESTAMPTZ
),
delivered_keys AS (
    SELECT DISTINCT key FROM (
        SELECT unnest([correlation_id, idempotency_key]) AS key
        FROM receipt_events WHERE status IN ('success', 'duplicate')
    ) WHERE key IS NOT NULL
),
-- A document's other lines going through deliver nothing of a line that failed: a reference counts as delivered for
-- the SKUs its successes name (for every SKU when a success names none).
delivered_refs AS (
    SELECT DISTINCT ref_key, sku_key FROM receipt_events
    WHERE status IN ('success', 'duplicate') AND ref_key IS NOT NULL
),
failed AS (
    SELECT e.* FROM receipt_events e
    WHERE e.status IN ('error', 'rejected')
      AND coalesce(e.correlation_id, '') NOT IN (SELECT key FROM delivered_keys)
      AND coalesce(e.idempotency_key, '') NOT IN (SELECT key FROM delivered_keys)
      AND NOT EXISTS (SELECT 1 FROM delivered_refs d
                      WHERE d.ref_key = e.ref_key AND (d.sku_key IS NULL OR e.sku_key IS NULL OR d.sku_key = e.sku_key))
),
failed_refs AS (
    SELECT ref_key, count(*) AS failures, min(ts) AS first_failure, any_value(coalesce(error_code, status_raw, status)) AS code
    FROM failed WHERE ref_key IS NOT NULL GROUP BY ref_key
),
wms_received AS (
    -- Both keys of every WMS receipt as one list, so that each ERP key is looked up with one equality join.
    SELECT DISTINCT ref_key, sku_key FROM (
        SELECT unnest([ref_key, alt_ref_key]) AS ref_key, sku_key FROM analysis_ledger
        WHERE system = 'wms' AND qty_delta > 0
    )
    WHERE ref_key IS NOT NULL
),
-- The ERP's rows naming a failed reference by either key (one pass over the ledger against a small set).
erp_named AS (
    SELECT DISTINCT key FROM (
        SELECT unnest([ref_key, alt_ref_key, CASE WHEN txn_type = 'receipt' THEN ds_ref_key(txn_id) END]) AS key
        FROM analysis_ledger
        WHERE system = 'erp'
          AND (ref_key IN (SELECT ref_key FROM failed_refs) OR alt_ref_key IN (SELECT ref_key FROM failed_refs)
               -- Only a receipt is named by its own number here; the key is read for receipts alone.
               OR (txn_type = 'receipt' AND ds_ref_key(txn_id) IN (SELECT ref_key FROM failed_refs)))
    )
    WHERE key IS NOT NULL
),
-- A receipt is the failed event's when any of its keys is the event's reference (failed_refs has one row a
-- reference, so the three lookups never multiply a receipt).
erp_receipts AS (
    SELECT l.*, coalesce(f.ref_key, fa.ref_key, ft.ref_key) AS failed_ref, coalesce(f.failures, fa.failures, ft.failures) AS failures,
           coalesce(f.code, fa.code, ft.code) AS code
    -- A receipt's own number is keyed only where its last characters are those of a failed reference: the key's
    -- regular expressions would otherwise run over every receipt for the few the log names this way.
    FROM (SELECT *, CASE WHEN right(upper(txn_id), 3) IN (SELECT right(ref_key, 3) FROM failed_refs) THEN ds_ref_key(txn_id) END AS txn_key
          FROM analysis_ledger
          WHERE system = 'erp' AND txn_type = 'receipt' AND qty_delta > 0 AND ts <= $as_of::TIMESTAMPTZ) l
    LEFT JOIN failed_refs f ON f.ref_key = l.ref_key
    LEFT JOIN failed_refs fa ON fa.ref_key = l.alt_ref_key
    LEFT JOIN failed_refs ft ON ft.ref_key = l.txn_key
    WHERE coalesce(f.ref_key, fa.ref_key, ft.ref_key) IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM wms_received w WHERE w.ref_key = l.ref_key AND w.sku_key = l.sku_key)
      AND NOT EXISTS (SELECT 1 FROM wms_received w WHERE w.ref_key = l.alt_ref_key AND w.sku_key = l.sku_key)
      AND NOT EXISTS (SELECT 1 FROM wms_received w WHERE w.ref_key = l.txn_key AND w.sku_key = l.sku_key)
)
SELECT 'phantom_stock', sku_key, loc_key, qty_delta, 0.95, 'ledger', source_id, line_number, ts, reference,
       format('ERP {} of {} units for {}; its erp->wms receipt failed {}x ({}) and the WMS never received it',
              coalesce(txn_type_raw, txn_type), ds_qty(qty_delta),
              CASE WHEN reference IS NOT NULL AND txn_id IS NOT NULL THEN txn_id || ' (' || reference || ')'
                   ELSE coalesce(reference, txn_id) END,
              failures, code)
FROM (SELECT * EXCLUDE (txn_key) FROM erp_receipts)
UNION ALL
SELECT 'phantom_stock', coalesce(r.sku_key, f.sku_key), coalesce(r.loc_key, f.loc_key), NULL, 0.95, 'events',
       f.source_id, f.line_number, f.ts, f.record_ref,
       format('erp->wms receipt event for {} {} ({}{}), never delivered later',
              coalesce(f.record_ref, f.idempotency_key), f.status, coalesce(f.error_code, f.status_raw, ''),
              CASE WHEN f.error_message IS NOT NULL THEN ': ' || left(f.error_message, 80) ELSE '' END)
FROM failed f
JOIN (SELECT DISTINCT failed_ref, sku_key, loc_key FROM erp_receipts) r ON r.failed_ref = f.ref_key
UNION ALL
SELECT 'phantom_stock', f.sku_key, f.loc_key, f.qty, 0.8, 'events', f.source_id, f.line_number, f.ts, f.record_ref,
       format('erp->wms receipt event for {} of {} units {} ({}), never delivered later; the ERP ledger does not show it',
              coalesce(f.record_ref, f.idempotency_key, f.correlation_id, 'an unnamed record'), ds_qty(f.qty), f.status, coalesce(f.error_code, f.status_raw, ''))
FROM failed f
WHERE f.sku_key IS NOT NULL AND f.qty > 0
  AND NOT EXISTS (SELECT 1 FROM erp_named n WHERE n.key = f.ref_key)
  AND NOT EXISTS (SELECT 1 FROM wms_received w WHERE w.ref_key = f.ref_key AND w.sku_key = f.sku_key)
  AND f.ts = (SELECT max(g.ts) FROM failed g WHERE g.ref_key IS NOT DISTINCT FROM f.ref_key AND g.sku_key = f.sku_key);
