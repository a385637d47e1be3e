-- Purpose: every change of each system's figure for the SKU x locations in analysis_level_scope, with the level it
--          left, anchored on the figure at the as-of instant of the drift table: ERP and WMS levels from their
--          ledgers (forwards and backwards), storefront levels from the inventory levels synced to it. The scope is
--          applied before the running sums, which would otherwise run over the whole ledger.
-- Params: none (reads analysis_level_scope, analysis_drift, analysis_run, analysis_ledger, analysis_events).
-- Returns: nothing; (re)creates the temp view analysis_level_changes(system, sku_key, loc_key, ts, source_id,
--          line_number, delta, level_after, evidence_table).
CREATE OR REPLACE TEMP VIEW analysis_level_changes AS
WITH scoped AS (
    SELECT d.* FROM analysis_drift d JOIN analysis_level_scope s ON s.sku_key = d.sku AND s.loc_key = d.loc_key
),
anchors AS (
    SELECT 'erp' AS system, sku AS sku_key, loc_key, erp AS level FROM scoped WHERE erp IS NOT NULL
    UNION ALL
    SELECT 'wms', sku, loc_key, wms FROM scoped WHERE wms IS NOT NULL
),
ledger_levels AS (
    SELECT l.system, l.sku_key, l.loc_key, l.ts, l.source_id, l.line_number, l.qty_delta AS delta,
           a.level
           + sum(l.qty_delta) OVER (PARTITION BY l.system, l.sku_key, l.loc_key ORDER BY l.ts, l.line_number
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
           - coalesce(sum(l.qty_delta) FILTER (WHERE l.ts <= r.as_of) OVER (PARTITION BY l.system, l.sku_key, l.loc_key), 0)
               AS level_after,
           'ledger' AS evidence_table
    FROM analysis_ledger l
    JOIN anchors a USING (system, sku_key, loc_key)
    CROSS JOIN analysis_run r
    WHERE l.ts IS NOT NULL AND l.moves_stock
)
SELECT * FROM ledger_levels
UNION ALL
SELECT 'storefront', e.sku_key, e.loc_key, e.ts, e.source_id, e.line_number, NULL, e.qty, 'events'
FROM analysis_events e
SEMI JOIN scoped d ON d.sku = e.sku_key AND d.loc_key = e.loc_key AND d.storefront IS NOT NULL
WHERE e.eff_type = 'inventory_sync' AND e.eff_path LIKE '%->storefront' AND e.status IN ('success', 'unknown')
  AND e.qty IS NOT NULL AND e.ts IS NOT NULL
  AND e.source_id NOT IN (SELECT source_id FROM sources WHERE qty_is_change);
