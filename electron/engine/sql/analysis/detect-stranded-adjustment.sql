-- Purpose: stranded_adjustment: a count change made in one system only (cycle count, damage write-off, adjustment,
--          or a return processed directly in the ERP or WMS) with no middleware event for it and no counterpart in
--          the other system (cluster 4). Decrements that follow a planning signal belong to phantom_shrinkage.
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
        WHERE s.sku_key = c.sku_key AND s.ts <= c.ts AND epoch(c.ts) - epoch(s.ts) <= $follow_s::DOUBLE
    ))
),
change_events AS (
    SELECT sku_key, loc_key, ref_key, ts, abs(qty) AS units
    FROM analysis_events
    WHERE eff_type IN ('adjustment', 'return') AND sku_key IS NOT NULL
),
unsent AS (
    SELECT c.* FROM not_shrinkage c
    WHERE NOT EXISTS (SELECT 1 FROM change_events e WHERE c.ref_key IS NOT NULL AND e.ref_key = c.ref_key)
      AND NOT EXISTS (SELECT 1 FROM change_events e WHERE c.alt_ref_key IS NOT NULL AND e.ref_key = c.alt_ref_key)
      AND NOT EXISTS (
          SELECT 1 FROM change_events e
          WHERE e.sku_key = c.sku_key AND (e.loc_key = '' OR e.loc_key = c.loc_key)
            AND (e.units IS NULL OR e.units = abs(c.qty_delta))
            AND abs(epoch(e.ts) - epoch(c.ts)) <= $match_window_s::DOUBLE
      )
),
stranded AS (
    SELECT u.* FROM unsent u
    WHERE NOT EXISTS (
        SELECT 1 FROM analysis_ledger o
        WHERE o.system IN ('erp', 'wms') AND o.system <> u.system AND o.sku_key = u.sku_key
          AND (o.ref_key IN (u.ref_key, u.alt_ref_key) OR o.alt_ref_key IN (u.ref_key, u.alt_ref_key)
               OR (o.loc_key = u.loc_key AND o.qty_delta = u.qty_delta
                   AND o.txn_type IN ('adjustment', 'cycle_count', 'damage', 'return')
                   AND abs(epoch(o.ts) - epoch(u.ts)) <= $match_window_s::DOUBLE))
    )
)
SELECT 'stranded_adjustment', sku_key, loc_key, CASE WHEN system = 'erp' THEN qty_delta ELSE -qty_delta END, 0.85,
       'ledger', source_id, line_number, ts, reference,
       format('{} {} of {} units{}; no middleware event carried it and the {} never recorded it',
              upper(system), coalesce(txn_type_raw, txn_type), ds_qty(qty_delta),
              CASE WHEN coalesce(reference, txn_id) IS NOT NULL THEN ' (' || coalesce(reference, txn_id) || ')' ELSE '' END,
              CASE WHEN system = 'erp' THEN 'WMS' ELSE 'ERP' END)
FROM stranded;
