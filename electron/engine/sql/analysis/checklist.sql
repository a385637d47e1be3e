-- Purpose: the figures of the consultant's checklist (domain.md) for every SKU x location with a verdict: when each
--          system last changed, the last known-good moment and first divergence, and the middleware events for the
--          SKU within $window_s of the last known-good moment (or of the first divergence, or the as-of instant),
--          with their flags: failures and their codes, repeated deliveries, missing fields, and which way they ran.
-- Params: $window_s: half-width of the event window, in seconds.
-- Returns: nothing; (re)creates analysis_checklist (one row per SKU x location with a verdict).
CREATE OR REPLACE TABLE analysis_checklist AS
WITH items AS (
    SELECT DISTINCT d.sku, d.loc_key, d.wms, d.erp, d.storefront, d.gap_erp_wms, d.gap_storefront, d.feeder,
           d.changed_last, d.wms_last_change, d.erp_last_change, d.storefront_last_change,
           k.last_known_good, k.first_divergence, k.divergence_system, k.divergence_table,
           k.divergence_source_id, k.divergence_line,
           coalesce(k.last_known_good, k.first_divergence, (SELECT as_of FROM analysis_run)) AS window_centre
    FROM analysis_verdicts v
    JOIN analysis_drift d ON d.sku = v.sku AND d.loc_key = v.loc_key
    LEFT JOIN analysis_known_good k ON k.sku = v.sku AND k.loc_key = v.loc_key
),
window_events AS (
    SELECT i.sku, i.loc_key, e.*,
           count(*) OVER (PARTITION BY i.sku, i.loc_key, coalesce(e.idempotency_key, e.correlation_id || '|' || e.eff_type))
               AS deliveries
    FROM items i
    JOIN analysis_events e ON e.sku_key = i.sku AND (e.loc_key = '' OR e.loc_key = i.loc_key)
    WHERE e.ts BETWEEN i.window_centre - to_seconds($window_s::DOUBLE) AND i.window_centre + to_seconds($window_s::DOUBLE)
),
flags AS (
    SELECT sku, loc_key,
           count(*) AS events,
           count(*) FILTER (WHERE status IN ('error', 'rejected')) AS failed,
           list(DISTINCT coalesce(error_code, status_raw, status)) FILTER (WHERE status IN ('error', 'rejected')) AS codes,
           count(*) FILTER (WHERE (idempotency_key IS NOT NULL OR correlation_id IS NOT NULL) AND deliveries > 1
                                  AND status IN ('success', 'duplicate', 'unknown')) AS repeated,
           count(*) FILTER (WHERE qty IS NULL OR eff_path IS NULL OR (record_ref IS NULL AND idempotency_key IS NULL)) AS missing,
           count(*) FILTER (WHERE status IN ('error', 'rejected') AND eff_type IN ('receipt', 'return')) AS inbound_failed,
           count(*) FILTER (WHERE status IN ('error', 'rejected') AND eff_type IN ('order_release', 'shipment_confirm')) AS outbound_failed,
           count(*) FILTER (WHERE eff_type = 'planning_signal') AS planning,
           list(DISTINCT eff_path) FILTER (WHERE eff_path IS NOT NULL) AS paths
    FROM window_events
    GROUP BY ALL
)
SELECT i.*,
       i.window_centre - to_seconds($window_s::DOUBLE) AS window_from,
       i.window_centre + to_seconds($window_s::DOUBLE) AS window_to,
       coalesce(f.events, 0) AS window_events,
       coalesce(f.failed, 0) AS window_failed,
       coalesce(f.codes, []) AS window_codes,
       coalesce(f.repeated, 0) AS window_repeated,
       coalesce(f.missing, 0) AS window_missing,
       coalesce(f.inbound_failed, 0) AS inbound_failed,
       coalesce(f.outbound_failed, 0) AS outbound_failed,
       coalesce(f.planning, 0) AS planning_signals,
       coalesce(f.paths, []) AS window_paths,
       coalesce(s.relative_path, s.file_name) AS divergence_file
FROM items i
LEFT JOIN flags f USING (sku, loc_key)
LEFT JOIN sources s ON s.source_id = i.divergence_source_id;
