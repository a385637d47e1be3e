-- Purpose: phantom_shrinkage: WMS decrements that no order explains, each following an erp->wms planning signal
--          (forecast, safety stock, reorder point) for the same SKU within $follow_s seconds (cluster 3). An order
--          explains a decrement when either of the decrement's reference keys is either key of an ERP order row.
--          A planning process often runs for all SKUs at once and logs its runs without a SKU (Boomi's process
--          executions): such a run explains a decrement only when the WMS's own reason names planning (reorder point,
--          safety stock, forecast), since a run every few minutes precedes any change closely enough by chance.
-- Params: $as_of (ISO instant); $follow_s: how soon after the signal a decrement counts as its application.
-- Returns: nothing; inserts into analysis_hits the WMS decrements (effect: +units, the WMS lower than the ERP; the
--          strength grows with the number of cycles) and the planning events before them (supporting).
INSERT INTO analysis_hits
-- A signal is matched by its whole second: a WMS that writes whole seconds stamps the decrement it caused a fraction
-- of a second after it with the signal's own second, or the one after.
WITH signals AS (
    SELECT sku_key, loc_key, ts, date_trunc('second', ts) AS match_ts, source_id, line_number, record_ref, event_type_raw, qty
    FROM analysis_events
    WHERE eff_type = 'planning_signal' AND eff_path LIKE '%->wms' AND ts <= $as_of::TIMESTAMPTZ
      AND status NOT IN ('error', 'rejected') AND sku_key IS NOT NULL
),
runs AS (
    SELECT ts, date_trunc('second', ts) AS match_ts, source_id, line_number, record_ref, coalesce(event_type_raw, flow) AS event_type_raw
    FROM analysis_events
    WHERE eff_type = 'planning_signal' AND eff_path LIKE '%->wms' AND ts <= $as_of::TIMESTAMPTZ
      AND status NOT IN ('error', 'rejected') AND sku_key IS NULL
),
order_refs AS (
    -- Both keys of every ERP order row (its sales order and, say, the storefront order it carries) as one list.
    SELECT DISTINCT ref_key FROM (
        SELECT unnest([ref_key, alt_ref_key]) AS ref_key FROM analysis_ledger
        WHERE system = 'erp' AND txn_type IN ('order', 'release', 'fulfillment', 'ship', 'pick', 'pack')
    )
    WHERE ref_key IS NOT NULL
),
decrements AS (
    SELECT l.* FROM analysis_ledger l
    WHERE l.system = 'wms' AND l.qty_delta < 0 AND l.ts <= $as_of::TIMESTAMPTZ
      AND l.txn_type NOT IN ('ship', 'pick', 'pack', 'fulfillment', 'transfer')
      AND (l.ref_key IS NULL OR l.ref_key NOT IN (SELECT ref_key FROM order_refs))
      AND (l.alt_ref_key IS NULL OR l.alt_ref_key NOT IN (SELECT ref_key FROM order_refs))
),
applied_to_sku AS (
    SELECT d.*, s.ts AS signal_ts, s.source_id AS signal_source, s.line_number AS signal_line,
           s.record_ref AS signal_ref, s.event_type_raw AS signal_type, true AS signal_per_sku
    FROM decrements d
    ASOF JOIN signals s ON s.sku_key = d.sku_key AND d.ts >= s.match_ts
    WHERE epoch(d.ts) - epoch(s.match_ts) <= $follow_s::DOUBLE AND (s.loc_key = '' OR s.loc_key = d.loc_key)
),
applied AS (
    SELECT * FROM applied_to_sku
    UNION ALL
    SELECT d.*, r.ts AS signal_ts, r.source_id AS signal_source, r.line_number AS signal_line,
           r.record_ref AS signal_ref, r.event_type_raw AS signal_type, false AS signal_per_sku
    FROM (
        SELECT * FROM decrements
        WHERE regexp_matches(lower(coalesce(txn_type_raw, '')), 'reorder|safety.?stock|forecast|planning|replenishment plan|\bmrp\b|min.?max')
    ) d
    ASOF JOIN runs r ON d.ts >= r.match_ts
    WHERE epoch(d.ts) - epoch(r.match_ts) <= $follow_s::DOUBLE
      AND NOT EXISTS (SELECT 1 FROM applied_to_sku a WHERE a.source_id = d.source_id AND a.line_number = d.line_number)
),
per_item AS (
    SELECT sku_key, loc_key, count(*) AS cycles FROM applied GROUP BY ALL HAVING count(*) >= 2
)
SELECT 'phantom_shrinkage', a.sku_key, a.loc_key, -a.qty_delta, least(0.95, 0.55 + 0.1 * p.cycles), 'ledger',
       a.source_id, a.line_number, a.ts, a.reference,
       format('WMS {} of {} units, {} s after an erp->wms {} signal{}; no order explains it (one of {} such steps)',
              coalesce(a.txn_type_raw, a.txn_type), ds_qty(-a.qty_delta), round(epoch(a.ts) - epoch(a.signal_ts))::BIGINT,
              coalesce(a.signal_type, 'planning'),
              CASE WHEN a.signal_ref IS NOT NULL THEN ' (' || a.signal_ref || ')' ELSE '' END, p.cycles)
FROM applied a
JOIN per_item p USING (sku_key, loc_key)
UNION ALL
SELECT DISTINCT 'phantom_shrinkage', a.sku_key, a.loc_key, NULL, least(0.95, 0.55 + 0.1 * p.cycles), 'events',
       a.signal_source, a.signal_line, a.signal_ts, a.signal_ref,
       format('erp->wms {} signal{} {}, applied by the WMS as consumption',
              coalesce(a.signal_type, 'planning'),
              CASE WHEN a.signal_ref IS NOT NULL THEN ' ' || a.signal_ref ELSE '' END,
              CASE WHEN a.signal_per_sku THEN 'for the SKU' ELSE '(a run for every SKU; the WMS reason names planning)' END)
FROM applied a
JOIN per_item p USING (sku_key, loc_key);
