-- Purpose: ghost_shipment: ERP shipments or fulfillments whose order the WMS never picked, packed or shipped, older
--          than the in-flight window; stronger when the erp->wms order release failed or never fired (cluster 2).
--          The WMS's silence about a reference proves something only where the two systems name shipments alike:
--          when the ERP has 10 or more shipment references and under 10% of them appear anywhere in the WMS ledger
--          (the ERP writes its sales orders, the WMS the storefront's order numbers), no shipment is called a ghost.
-- Params: $as_of (ISO instant); $in_flight_s: younger ERP shipments may simply not have reached the WMS yet.
-- Returns: nothing; inserts into analysis_hits the ERP rows (effect: their negative quantity, the ERP lower than
--          the WMS) and the failed release events (supporting).
INSERT INTO analysis_hits
WITH wms_refs AS (
    SELECT DISTINCT ref_key, sku_key FROM analysis_ledger WHERE system = 'wms' AND ref_key IS NOT NULL
),
erp_shipments AS (
    SELECT l.* FROM analysis_ledger l
    WHERE l.system = 'erp' AND l.txn_type IN ('fulfillment', 'ship', 'pick', 'pack') AND l.qty_delta < 0
      AND l.ref_key IS NOT NULL
),
references_link AS (
    SELECT count(DISTINCT ref_key) < 10
           OR count(DISTINCT ref_key) FILTER (WHERE ref_key IN (SELECT ref_key FROM wms_refs)) >= 0.1 * count(DISTINCT ref_key) AS link
    FROM erp_shipments
),
erp_shipped AS (
    SELECT l.* FROM erp_shipments l
    WHERE l.ts <= $as_of::TIMESTAMPTZ - to_seconds($in_flight_s::DOUBLE)
      AND (SELECT link FROM references_link)
      AND NOT EXISTS (SELECT 1 FROM wms_refs w WHERE w.ref_key = l.ref_key AND w.sku_key = l.sku_key)
),
releases AS (
    SELECT e.*, e.status IN ('success', 'duplicate') AS delivered
    FROM analysis_events e
    WHERE e.eff_path = 'erp->wms' AND e.eff_type = 'order_release' AND e.ref_key IN (SELECT ref_key FROM erp_shipped)
),
release_outcome AS (
    SELECT ref_key, bool_or(delivered) AS delivered, count(*) AS attempts,
           any_value(coalesce(error_code, status_raw, status)) FILTER (WHERE NOT delivered) AS code
    FROM releases GROUP BY ref_key
)
SELECT 'ghost_shipment', s.sku_key, s.loc_key, s.qty_delta,
       CASE WHEN o.ref_key IS NULL THEN 0.9 WHEN NOT o.delivered THEN 0.95 ELSE 0.7 END,
       'ledger', s.source_id, s.line_number, s.ts, s.reference,
       format('ERP {} of {} units for {}; the WMS has no pick, pack or ship for it; {}',
              coalesce(s.txn_type_raw, s.txn_type), ds_qty(-s.qty_delta), coalesce(s.reference, s.txn_id),
              CASE
                  WHEN o.ref_key IS NULL THEN 'no erp->wms order release event was ever logged'
                  WHEN NOT o.delivered THEN format('its erp->wms order release failed {}x ({})', o.attempts, o.code)
                  ELSE 'its erp->wms order release was delivered but the WMS did not act on it'
              END)
FROM erp_shipped s
LEFT JOIN release_outcome o USING (ref_key)
UNION ALL
SELECT 'ghost_shipment', s.sku_key, s.loc_key, NULL, 0.95, 'events', r.source_id, r.line_number, r.ts, r.record_ref,
       format('erp->wms order release for {} {} ({})', coalesce(r.record_ref, r.idempotency_key), r.status,
              coalesce(r.error_code, r.status_raw, ''))
FROM releases r
JOIN (SELECT DISTINCT ref_key, sku_key, loc_key FROM erp_shipped) s USING (ref_key)
WHERE NOT r.delivered;
