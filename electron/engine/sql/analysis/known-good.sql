-- Purpose: for each drifting SKU x location, the last known-good moment (when the compared systems last came to
--          hold the same figure) and the first divergence after it (the change that broke the agreement). ERP and
--          WMS are compared where both have figures; the storefront joins them when the drift is the storefront's.
--          The state before the first recorded change counts too: agreement there leaves last_known_good NULL
--          (it began before the exports do) with the first divergence known; no agreement at all leaves both NULL.
--          An agreement that only lasted while one document was between its two legs is no known-good moment: it
--          began with one system's change and ended, within the in-flight window, with the other system's change of
--          the same quantity (the WMS ships an order, the systems agree by chance because the ERP was already short by
--          the same amount, then the ERP fulfils it). Taking it would name the second leg as the divergence.
-- Params: none (reads analysis_drift, analysis_level_changes, analysis_run).
-- Returns: nothing; (re)creates analysis_known_good(sku, loc_key, last_known_good, first_divergence,
--          divergence_system, divergence_table, divergence_source_id, divergence_line).
CREATE OR REPLACE TABLE analysis_known_good AS
WITH items AS (
    SELECT sku AS sku_key, loc_key, erp, wms, storefront,
           erp IS NOT NULL AND wms IS NOT NULL AND abs(coalesce(gap_erp_wms, 0)) > 1e-9 AS core
    FROM analysis_drift WHERE status = 'drift'
),
changes AS (
    SELECT c.*, i.core
    FROM analysis_level_changes c
    JOIN items i USING (sku_key, loc_key)
    WHERE c.ts <= (SELECT as_of FROM analysis_run) AND (c.system <> 'storefront' OR NOT i.core)
),
openings AS (
    SELECT i.sku_key, i.loc_key, i.core,
           coalesce(arg_min(c.level_after - c.delta, c.ts) FILTER (WHERE c.system = 'erp'), i.erp) AS erp_open,
           coalesce(arg_min(c.level_after - c.delta, c.ts) FILTER (WHERE c.system = 'wms'), i.wms) AS wms_open,
           CASE WHEN count(*) FILTER (WHERE c.system = 'storefront') = 0 THEN i.storefront END AS storefront_open
    FROM items i
    LEFT JOIN changes c USING (sku_key, loc_key)
    GROUP BY i.sku_key, i.loc_key, i.core, i.erp, i.wms, i.storefront
),
timeline AS (
    SELECT c.sku_key, c.loc_key, c.ts, c.system, c.delta, c.evidence_table, c.source_id, c.line_number,
           last_value(CASE WHEN c.system = 'erp' THEN c.level_after END IGNORE NULLS)
               OVER (PARTITION BY c.sku_key, c.loc_key ORDER BY c.ts, c.system, c.line_number) AS erp_level,
           last_value(CASE WHEN c.system = 'wms' THEN c.level_after END IGNORE NULLS)
               OVER (PARTITION BY c.sku_key, c.loc_key ORDER BY c.ts, c.system, c.line_number) AS wms_level,
           last_value(CASE WHEN c.system = 'storefront' THEN c.level_after END IGNORE NULLS)
               OVER (PARTITION BY c.sku_key, c.loc_key ORDER BY c.ts, c.system, c.line_number) AS storefront_level,
           row_number() OVER (PARTITION BY c.sku_key, c.loc_key ORDER BY c.ts, c.system, c.line_number) AS seq
    FROM changes c
),
states AS (
    SELECT sku_key, loc_key, core, 0 AS seq, NULL::TIMESTAMPTZ AS ts, NULL AS system, NULL::DOUBLE AS delta,
           NULL AS evidence_table,
           NULL::INTEGER AS source_id, NULL::BIGINT AS line_number,
           erp_open AS erp_at, wms_open AS wms_at, storefront_open AS storefront_at
    FROM openings
    UNION ALL
    SELECT t.sku_key, t.loc_key, o.core, t.seq, t.ts, t.system, t.delta, t.evidence_table, t.source_id, t.line_number,
           coalesce(t.erp_level, o.erp_open), coalesce(t.wms_level, o.wms_open), coalesce(t.storefront_level, o.storefront_open)
    FROM timeline t
    JOIN openings o USING (sku_key, loc_key)
),
judged AS (
    SELECT *,
           coalesce(CASE
               WHEN core THEN erp_at = wms_at
               ELSE storefront_at IS NOT NULL
                    AND list_unique(list_filter([erp_at, wms_at, storefront_at], x -> x IS NOT NULL)) = 1
           END, false) AS agree,
           lead(system) OVER w AS next_system, lead(delta) OVER w AS next_delta, lead(ts) OVER w AS next_ts
    FROM states
    WINDOW w AS (PARTITION BY sku_key, loc_key ORDER BY seq)
),
last_good AS (
    SELECT sku_key, loc_key,
           max(seq) FILTER (WHERE agree AND NOT coalesce(
               seq > 0 AND next_system <> system AND abs(next_delta - delta) < 1e-9
               AND epoch(next_ts) - epoch(ts) <= (SELECT in_flight_s FROM analysis_run), false)) AS good_seq
    FROM judged GROUP BY ALL
)
SELECT g.sku_key AS sku, g.loc_key, good.ts AS last_known_good,
       j.ts AS first_divergence, j.system AS divergence_system, j.evidence_table AS divergence_table,
       j.source_id AS divergence_source_id, j.line_number AS divergence_line
FROM last_good g
LEFT JOIN judged good ON good.sku_key = g.sku_key AND good.loc_key = g.loc_key AND good.seq = g.good_seq
LEFT JOIN judged j ON j.sku_key = g.sku_key AND j.loc_key = g.loc_key AND j.seq = g.good_seq + 1;
