-- Purpose: ghost_shipment: ERP shipments or fulfillments whose order the WMS never picked, packed or shipped, older
--          than the in-flight window; stronger when the erp->wms order release failed or never fired (cluster 2).
--          A ledger row has two reference keys (ref_key, and alt_ref_key where its system also names the document
--          another way: a NetSuite fulfillment's sales order and the storefront order in its memo); an ERP shipment
--          is the WMS's when either of its keys is either key of a WMS row for the SKU. The WMS's silence about a
--          shipment proves something only where the two systems name shipments alike: when the ERP has 10 or more
--          shipment references and under 10% of them link to the WMS ledger by either key (the ERP writes its sales
--          orders, the WMS the storefront's order numbers, and nothing carries the other name), no shipment is called
--          a ghost by the WMS's silence alone; then, when the erp->wms order releases name at least half the ERP's
--          shipments, a shipment no release ever named is a ghost (the release never fired).
-- Params: $as_of (ISO instant); $in_flight_s: younger ERP shipments may simply not have reached the WMS yet.
-- Returns: nothing; inserts into analysis_hits the ERP rows (effect: their negative quantity, the ERP lower than
--          the WMS; the summary names the second reference too, the name to look for in the WMS) and the failed
--          release events (supporting).
INSERT INTO analysis_hits
WITH wms_refs AS (
    -- Both keys of every WMS row as one list, so that each ERP key is looked up with one equality join.
    SELECT DISTINCT ref_key, sku_key FROM (
        SELECT unnest([ref_key, alt_ref_key]) AS ref_key, sku_key FROM analysis_ledger WHERE system = 'wms'
    )
    WHERE ref_key IS NOT NULL
),
erp_shipments AS (
    SELECT l.* FROM analysis_ledger l
    WHERE l.system = 'erp' AND l.txn_type IN ('fulfillment', 'ship', 'pick', 'pack') AND l.qty_delta < 0
      AND l.ref_key IS NOT NULL
),
-- Every document an erp->wms order release names, whatever its outcome.
released_refs AS (
    SELECT DISTINCT ref_key FROM analysis_events
    WHERE eff_path = 'erp->wms' AND eff_type = 'order_release' AND ref_key IS NOT NULL
),
references_link AS (
    SELECT count(DISTINCT ref_key) < 10
           OR count(DISTINCT ref_key) FILTER (
                  WHERE ref_key IN (SELECT ref_key FROM wms_refs) OR alt_ref_key IN (SELECT ref_key FROM wms_refs)
              ) >= 0.1 * count(DISTINCT ref_key) AS link,
           -- Where the WMS names shipments otherwise, the release log may still name them as the ERP does: then
           -- a shipment no release ever named is one the WMS was never asked for.
           count(DISTINCT ref_key) >= 10
           AND count(DISTINCT ref_key) FILTER (
                   WHERE ref_key IN (SELECT ref_key FROM released_refs) OR alt_ref_key IN (SELECT ref_key FROM released_refs)
               ) >= 0.5 * count(DISTINCT ref_key) AS released_link
    FROM erp_shipments
),
erp_shipped AS (
    SELECT l.* FROM erp_shipments l
    WHERE l.ts <= $as_of::TIMESTAMPTZ - to_seconds($in_flight_s::DOUBLE)
      AND NOT EXISTS (SELECT 1 FROM wms_refs w WHERE w.ref_key = l.ref_key AND w.sku_key = l.sku_key)
      AND NOT EXISTS (SELECT 1 FROM wms_refs w WHERE w.ref_key = l.alt_ref_key AND w.sku_key = l.sku_key)
      AND ((SELECT link FROM references_link)
           OR ((SELECT released_link FROM references_link)
               AND l.ref_key NOT IN (SELECT ref_key FROM released_refs)
               AND coalesce(l.alt_ref_key, '') NOT IN (SELECT ref_key FROM released_refs)))
),
-- The order release may name a ghost by either of its keys.
shipment_keys AS (
    SELECT DISTINCT * FROM (
        SELECT ref_key, alt_ref_key, unnest([ref_key, alt_ref_key]) AS key FROM erp_shipped
    )
    WHERE key IS NOT NULL
),
item_keys AS (
    SELECT DISTINCT * FROM (
        SELECT unnest([ref_key, alt_ref_key]) AS key, sku_key, loc_key FROM erp_shipped
    )
    WHERE key IS NOT NULL
),
releases AS (
    SELECT e.*, e.status IN ('success', 'duplicate') AS delivered
    FROM analysis_events e
    WHERE e.eff_path = 'erp->wms' AND e.eff_type = 'order_release' AND e.ref_key IN (SELECT key FROM shipment_keys)
),
release_outcome AS (
    SELECT k.ref_key, k.alt_ref_key, bool_or(r.delivered) AS delivered, count(*) AS attempts,
           any_value(coalesce(r.error_code, r.status_raw, r.status)) FILTER (WHERE NOT r.delivered) AS code
    FROM shipment_keys k
    JOIN releases r ON r.ref_key = k.key
    GROUP BY k.ref_key, k.alt_ref_key
)
SELECT 'ghost_shipment', s.sku_key, s.loc_key, s.qty_delta,
       CASE WHEN o.ref_key IS NULL THEN 0.9 WHEN NOT o.delivered THEN 0.95 ELSE 0.7 END,
       'ledger', s.source_id, s.line_number, s.ts, s.reference,
       format('ERP {} of {} units for {}; the WMS has no pick, pack or ship for it; {}',
              coalesce(s.txn_type_raw, s.txn_type), ds_qty(-s.qty_delta),
              coalesce(s.reference, s.txn_id) || CASE WHEN s.alt_reference IS NOT NULL THEN ' (' || s.alt_reference || ')' ELSE '' END,
              CASE
                  WHEN o.ref_key IS NULL THEN 'no erp->wms order release event was ever logged'
                  WHEN NOT o.delivered THEN format('its erp->wms order release failed {}x ({})', o.attempts, o.code)
                  ELSE 'its erp->wms order release was delivered but the WMS did not act on it'
              END)
FROM erp_shipped s
LEFT JOIN release_outcome o ON o.ref_key = s.ref_key AND o.alt_ref_key IS NOT DISTINCT FROM s.alt_ref_key
UNION ALL
SELECT 'ghost_shipment', s.sku_key, s.loc_key, NULL, 0.95, 'events', r.source_id, r.line_number, r.ts, r.record_ref,
       format('erp->wms order release for {} {} ({})', coalesce(r.record_ref, r.idempotency_key), r.status,
              coalesce(r.error_code, r.status_raw, ''))
FROM releases r
JOIN item_keys s ON s.key = r.ref_key
WHERE NOT r.delivered;
