-- Purpose: duplicate_application: one event (same path, SKU and idempotency key, else correlation id and type,
--          else document and type) delivered more than once, or reported as failed, and applied more than once by
--          the receiver, whose ledger holds more rows for the reference (or for the sender's document of it) than
--          the sender's (cluster 5). A failed delivery counts: a timeout is the classic cause, the receiver having
--          applied what the sender never heard back about, so it sends again. The ledgers decide, so a retry applied
--          once is no hit; a row that changes no quantity (a WMS allocation) is no application. Duplicates the
--          receiver ignored or refused are noise, not drift.
-- Params: $as_of (ISO instant).
-- Returns: nothing; inserts into analysis_hits the receiver's extra rows (effect: their quantity as seen in
--          ERP - WMS) and the repeated deliveries (supporting).
INSERT INTO analysis_hits
WITH candidates AS NOT MATERIALIZED (
    SELECT *, hash(eff_path, sku_key, coalesce(idempotency_key, correlation_id || '|' || eff_type, ref_key || '|' || eff_type))
                  AS delivery_hash
    FROM analysis_events
    WHERE status NOT IN ('duplicate', 'rejected') AND ref_key IS NOT NULL AND ts <= $as_of::TIMESTAMPTZ
      AND eff_path IN ('erp->wms', 'wms->erp')
),
-- Sent more than once, or reported as failed once: a retry made by hand or by a run that logs no key leaves only the
-- failure behind, naming the document (a Celigo error's trace key).
repeated_hashes AS (
    SELECT delivery_hash FROM candidates GROUP BY delivery_hash HAVING count(*) >= 2 OR bool_or(status IN ('error', 'retried'))
),
deliveries AS (
    SELECT c.*, coalesce(c.idempotency_key, c.correlation_id || '|' || c.eff_type, c.record_ref) AS delivery_key,
           split_part(c.eff_path, '->', 2) AS receiver, split_part(c.eff_path, '->', 1) AS sender
    FROM candidates c SEMI JOIN repeated_hashes USING (delivery_hash)
),
repeated AS (
    SELECT delivery_hash, any_value(delivery_key) AS delivery_key, any_value(ref_key) AS ref_key,
           any_value(receiver) AS receiver, any_value(sender) AS sender, any_value(sku_key) AS sku_key, count(*) AS times,
           count(*) FILTER (WHERE status NOT IN ('success', 'unknown')) AS reported_failed
    FROM deliveries
    GROUP BY delivery_hash
),
-- The sender's own documents for a delivery: a delivery may name the order or PO (`PO-6163`) while the receiver names
-- the sender's document created from it, the ERP's item receipt (`IR-20890`), by its number.
sender_documents AS (
    SELECT DISTINCT r.delivery_hash, ds_ref_key(s.txn_id) AS document_key
    FROM repeated r
    JOIN analysis_ledger s ON s.ref_key = r.ref_key AND s.system = r.sender AND s.moves_stock AND s.qty_delta <> 0
    WHERE s.txn_id IS NOT NULL AND (r.sku_key IS NULL OR s.sku_key = r.sku_key)
),
-- A ledger row names its document by ref_key, or by alt_ref_key where its system also writes the other system's
-- document (a NetSuite adjustment whose memo names the WMS count); two equi-joins keep this a hash join at scale.
linked_rows AS (
    SELECT r.delivery_hash, r.times, r.reported_failed, r.receiver, r.sender, r.sku_key AS delivery_sku, l.*
    FROM repeated r
    JOIN analysis_ledger l ON l.ref_key = r.ref_key AND l.moves_stock AND l.qty_delta <> 0 AND l.system IN (r.receiver, r.sender)
    UNION ALL
    SELECT r.delivery_hash, r.times, r.reported_failed, r.receiver, r.sender, r.sku_key AS delivery_sku, l.*
    FROM repeated r
    JOIN analysis_ledger l ON l.alt_ref_key = r.ref_key AND l.ref_key IS DISTINCT FROM r.ref_key AND l.moves_stock AND l.qty_delta <> 0
        AND l.system IN (r.receiver, r.sender)
    UNION ALL
    SELECT r.delivery_hash, r.times, r.reported_failed, r.receiver, r.sender, r.sku_key AS delivery_sku, l.*
    FROM repeated r
    JOIN sender_documents d USING (delivery_hash)
    JOIN analysis_ledger l ON l.ref_key = d.document_key AND l.system = r.receiver AND l.moves_stock AND l.qty_delta <> 0
        AND l.ref_key IS DISTINCT FROM r.ref_key AND l.alt_ref_key IS DISTINCT FROM r.ref_key
),
receiver_rows AS (
    SELECT x.*,
           row_number() OVER (PARTITION BY x.delivery_hash ORDER BY x.ts, x.line_number) AS nth,
           count(*) OVER (PARTITION BY x.delivery_hash) AS applied
    FROM linked_rows x
    WHERE x.system = x.receiver AND (x.delivery_sku IS NULL OR x.sku_key = x.delivery_sku)
),
sender_counts AS (
    SELECT delivery_hash, count(*) AS sent
    FROM linked_rows
    WHERE system = sender AND (delivery_sku IS NULL OR sku_key = delivery_sku)
    GROUP BY ALL
),
double_applied AS (
    SELECT x.* FROM receiver_rows x
    LEFT JOIN sender_counts s USING (delivery_hash)
    WHERE x.applied >= 2 AND x.applied > coalesce(s.sent, 1)
)
SELECT 'duplicate_application', sku_key, loc_key,
       CASE WHEN nth > 1 THEN (CASE WHEN receiver = 'erp' THEN qty_delta ELSE -qty_delta END) END, 0.95,
       'ledger', source_id, line_number, ts, reference,
       format('{} {} of {} units for {}{}', upper(receiver), coalesce(txn_type_raw, txn_type), ds_qty(qty_delta),
              coalesce(reference, txn_id) || CASE WHEN alt_reference IS DISTINCT FROM reference AND alt_reference IS NOT NULL
                                                  THEN format(' ({})', alt_reference) ELSE '' END,
              CASE WHEN nth > 1 THEN format(': applied again ({} of {} applications of one event delivered {}x{})', nth, applied, times,
                                              CASE WHEN reported_failed > 0 THEN format(', {} of them reported as failed', reported_failed) ELSE '' END)
                   ELSE format(' (first of {} applications)', applied) END)
FROM double_applied
UNION ALL
SELECT 'duplicate_application', coalesce(d.sku_key, a.sku_key), a.loc_key, NULL, 0.95, 'events', d.source_id, d.line_number, d.ts, d.record_ref,
       format('{} {} delivery of {} ({}), key {}', d.eff_path, d.eff_type, coalesce(d.record_ref, d.ref_key),
              CASE WHEN d.status_raw IS NULL OR lower(d.status_raw) = d.status THEN d.status ELSE format('{}: {}', d.status, d.status_raw) END,
              d.delivery_key)
FROM deliveries d
-- A delivery naming no SKU (a receiving order's run) supports each SKU its receiver applied twice.
JOIN (SELECT DISTINCT delivery_hash, loc_key, sku_key FROM double_applied) a USING (delivery_hash)
WHERE d.sku_key IS NULL OR d.sku_key = a.sku_key;
