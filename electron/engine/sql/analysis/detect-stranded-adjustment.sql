-- Purpose: stranded_adjustment: a count change made in one system only (cycle count, damage write-off, adjustment,
--          or a return processed directly in the ERP or WMS) with no counterpart in the other system (cluster 4):
--          usually no middleware event carried it; where one did, it failed or the receiver dropped it. Decrements that follow a planning signal belong to phantom_shrinkage.
--          A row's event or counterpart may name it by either of its reference keys (ref_key, alt_ref_key).
-- Params: $as_of (ISO instant); $in_flight_s: younger changes may still be on their way; $follow_s as for shrinkage;
--         $match_window_s: how far apart an event or counterpart without a shared reference may be.
-- Returns: nothing; inserts into analysis_hits the stranded rows (effect: +change for an ERP row, -change for a WMS
--          row, as seen in ERP - WMS).
INSERT INTO analysis_hits
WITH changes AS (
    SELECT l.* FROM analysis_ledger l
    WHERE l.system IN ('erp', 'wms') AND l.txn_type IN ('adjustment', 'cycle_count', 'damage', 'return')
      AND l.qty_delta <> 0 AND l.ts <= $as_of::TIMESTAMPTZ - to_seconds($in_flight_s::DOUBLE)
),
signals AS (
    SELECT sku_key, ts FROM analysis_events
    WHERE eff_type = 'planning_signal' AND eff_path LIKE '%->wms' AND sku_key IS NOT NULL
),
not_shrinkage AS (
    SELECT c.* FROM changes c
    WHERE NOT (c.system = 'wms' AND c.qty_delta < 0 AND EXISTS (
        SELECT 1 FROM signals s
        WHERE s.sku_key = c.sku_key AND date_trunc('second', s.ts) <= c.ts AND epoch(c.ts) - epoch(s.ts) <= $follow_s::DOUBLE
    ))
),
change_events AS (
    SELECT sku_key, loc_key, ref_key, ts, abs(qty) AS units, status, eff_path
    FROM analysis_events
    WHERE eff_type IN ('adjustment', 'return') AND sku_key IS NOT NULL
),
stranded AS (
    SELECT u.* FROM not_shrinkage u
    WHERE NOT EXISTS (
        SELECT 1 FROM analysis_ledger o
        WHERE o.system IN ('erp', 'wms') AND o.system <> u.system AND o.sku_key = u.sku_key
          AND (o.ref_key IN (u.ref_key, u.alt_ref_key) OR o.alt_ref_key IN (u.ref_key, u.alt_ref_key)
               OR (o.loc_key = u.loc_key AND o.qty_delta = u.qty_delta
                   AND o.txn_type IN ('adjustment', 'cycle_count', 'damage', 'return')
                   AND abs(epoch(o.ts) - epoch(u.ts)) <= $match_window_s::DOUBLE))
    )
),
-- The middleware events that carried a stranded change, found as the import's matching does: by either reference
-- key, else by SKU, location, units and time. Three equi-joins, so large logs stay hash joins.
carried_by AS (
    SELECT s.source_id, s.line_number, e.status, e.eff_path
    FROM stranded s JOIN change_events e ON e.ref_key = s.ref_key
    UNION ALL
    SELECT s.source_id, s.line_number, e.status, e.eff_path
    FROM stranded s JOIN change_events e ON e.ref_key = s.alt_ref_key
    UNION ALL
    SELECT s.source_id, s.line_number, e.status, e.eff_path
    FROM stranded s JOIN change_events e ON e.sku_key = s.sku_key
    WHERE (e.loc_key = '' OR e.loc_key = s.loc_key) AND (e.units IS NULL OR e.units = abs(s.qty_delta))
      AND abs(epoch(e.ts) - epoch(s.ts)) <= $match_window_s::DOUBLE
),
carried AS (
    SELECT source_id, line_number, any_value(eff_path) AS path,
           bool_or(status IN ('success', 'unknown')) AS delivered,
           list(DISTINCT status ORDER BY status) AS statuses
    FROM carried_by GROUP BY ALL
)
-- Stranded all the same when the middleware carried it: the change is still in one system only. The evidence says
-- whether the event was never sent (the type's path not configured), failed, or reported delivered to a receiver
-- that has no record of it; the last is the least sure, since the receiver's export may be what lacks it.
SELECT 'stranded_adjustment', s.sku_key, s.loc_key, CASE WHEN s.system = 'erp' THEN s.qty_delta ELSE -s.qty_delta END,
       CASE WHEN c.delivered THEN 0.75 ELSE 0.85 END,
       'ledger', s.source_id, s.line_number, s.ts, s.reference,
       format('{} {} of {} units{}; {}',
              upper(s.system), coalesce(s.txn_type_raw, s.txn_type), ds_qty(s.qty_delta),
              CASE WHEN coalesce(s.reference, s.txn_id) IS NOT NULL THEN ' (' || coalesce(s.reference, s.txn_id) || ')' ELSE '' END,
              CASE WHEN c.path IS NULL
                       THEN format('no middleware event carried it and the {} never recorded it',
                                   CASE WHEN s.system = 'erp' THEN 'WMS' ELSE 'ERP' END)
                   WHEN c.delivered
                       THEN format('the {} event that carried it reports it delivered, yet the {} never recorded it',
                                   c.path, CASE WHEN s.system = 'erp' THEN 'WMS' ELSE 'ERP' END)
                   ELSE format('the {} event that carried it failed ({}) and the {} never recorded it',
                               c.path, array_to_string(c.statuses, ', '), CASE WHEN s.system = 'erp' THEN 'WMS' ELSE 'ERP' END)
              END)
FROM stranded s
LEFT JOIN carried c USING (source_id, line_number);
