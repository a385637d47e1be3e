-- Purpose: the drift table: per SKU x location, each system's figure at the as-of instant (its latest snapshot,
--          the sum of a file's rows for one SKU, location and capture, rolled forward or back with its own ledger,
--          a row stamped at a capture or at the as-of instant counting as after it (whole-minute exports stamp a row
--          recorded seconds after a snapshot with the snapshot's minute);
--          the storefront's with the inventory levels synced to it), the gaps, which system changed last, and whether
--          a gap is only in flight.
-- Params: $as_of (ISO instant); $in_flight_s: ERP/WMS transactions younger than this, or than the last run of the
--         handoff that carries their kind (when that flow still runs), with no counterpart in the other system yet
--         are in flight; $receiving_window_s: an ERP receipt whose erp->wms receipt was delivered
--         (a success naming its reference or its own number) is in flight this long while the WMS has not received
--         it, since the goods still have to arrive and be put away; so is an ERP fulfilment whose erp->wms order
--         release was delivered while the WMS has not shipped it (an ERP that fulfils at release: the order still has
--         to be picked and shipped); $storefront_lag_s: how far the storefront may trail its feeder. The
--         storefront's figure dates from its capture or the last level synced to it after that (a sync whose
--         location cannot be told leaves it at its capture): it agrees when it equals any level its feeder held
--         from that moment, less the lag, to the as-of instant.
-- Returns: nothing; (re)creates analysis_drift. status is drift / in_flight / agree / single_system; gap_erp_wms
--          is erp - wms after in-flight transactions are set aside; gap_storefront is storefront - feeder.
CREATE OR REPLACE TABLE analysis_drift AS
WITH snap AS (
    -- A file listing a SKU at one location on several rows for one capture (a WMS's stock by bin, lot or
    -- licence plate) holds its level as their sum. Of two files captured at one instant (two exports whose names
    -- carry only a date, both dated by the latest stated capture), the one imported last counts.
    SELECT *
    FROM (
        SELECT source_id, system, sku_key, loc_key, any_value(location) AS location, sum(on_hand) AS on_hand,
               sum(available) AS available, capture_ts, any_value(captured_by) AS captured_by,
               max(last_modified) AS last_modified, max(line_number) AS last_line
        FROM analysis_snapshots
        WHERE system IN ('erp', 'wms', 'storefront') AND sku_key <> ''
        GROUP BY source_id, system, sku_key, loc_key, capture_ts
    )
    QUALIFY row_number() OVER (
        PARTITION BY system, sku_key, loc_key
        ORDER BY capture_ts > $as_of::TIMESTAMPTZ, abs(epoch(capture_ts) - epoch($as_of::TIMESTAMPTZ)), source_id DESC, last_line DESC
    ) = 1
),
ledger_roll AS (
    SELECT s.system, s.sku_key, s.loc_key,
           sum(CASE
                   WHEN l.ts >= s.capture_ts AND l.ts < $as_of::TIMESTAMPTZ THEN l.qty_delta
                   WHEN l.ts >= $as_of::TIMESTAMPTZ AND l.ts < s.capture_ts THEN -l.qty_delta
                   ELSE 0
               END) AS roll,
           max(l.ts) FILTER (WHERE l.ts <= $as_of::TIMESTAMPTZ) AS last_change
    FROM snap s
    JOIN analysis_ledger l ON l.system = s.system AND l.sku_key = s.sku_key AND l.loc_key = s.loc_key AND l.moves_stock
    GROUP BY ALL
),
storefront_syncs AS (
    SELECT sku_key, loc_key, ts, qty
    FROM analysis_events
    WHERE eff_type = 'inventory_sync' AND eff_path LIKE '%->storefront' AND status IN ('success', 'unknown')
      AND qty IS NOT NULL AND ts <= $as_of::TIMESTAMPTZ
      -- A log whose quantity is a change (a delta) pushed on says nothing of the level it left.
      AND source_id NOT IN (SELECT source_id FROM sources WHERE qty_is_change)
),
sync_roll AS (
    SELECT s.sku_key, s.loc_key,
           arg_max(y.qty, y.ts) FILTER (WHERE y.ts > s.capture_ts) AS synced_level,
           max(y.ts) FILTER (WHERE y.ts > s.capture_ts) AS synced_at,
           max(y.ts) AS last_sync
    FROM (SELECT * FROM snap WHERE system = 'storefront') s
    JOIN storefront_syncs y ON y.sku_key = s.sku_key AND y.loc_key = s.loc_key
    GROUP BY ALL
),
figures AS (
    SELECT s.system, s.sku_key, s.loc_key, s.location, s.capture_ts, s.captured_by,
           CASE WHEN s.system = 'storefront' THEN coalesce(y.synced_level, s.on_hand) ELSE s.on_hand + coalesce(r.roll, 0) END AS on_hand,
           CASE WHEN s.system = 'storefront' THEN coalesce(y.synced_level, s.available) ELSE s.available + coalesce(r.roll, 0) END AS available,
           greatest(r.last_change, CASE WHEN s.system = 'storefront' THEN y.last_sync END, s.last_modified) AS last_change,
           CASE WHEN s.system = 'storefront' THEN coalesce(y.synced_at, s.capture_ts) ELSE s.capture_ts END AS figure_at
    FROM snap s
    LEFT JOIN ledger_roll r USING (system, sku_key, loc_key)
    LEFT JOIN sync_roll y ON y.sku_key = s.sku_key AND y.loc_key = s.loc_key
),
per_item AS (
    SELECT sku_key, loc_key,
           coalesce(any_value(location) FILTER (WHERE system = 'wms'), any_value(location) FILTER (WHERE system = 'erp'),
                    any_value(location)) AS location,
           CASE WHEN count(on_hand) = count(*) THEN 'on_hand' ELSE 'available' END AS bucket,
           any_value(on_hand) FILTER (WHERE system = 'wms') AS wms_on_hand,
           any_value(on_hand) FILTER (WHERE system = 'erp') AS erp_on_hand,
           any_value(on_hand) FILTER (WHERE system = 'storefront') AS storefront_on_hand,
           any_value(available) FILTER (WHERE system = 'wms') AS wms_available,
           any_value(available) FILTER (WHERE system = 'erp') AS erp_available,
           any_value(available) FILTER (WHERE system = 'storefront') AS storefront_available,
           any_value(capture_ts) FILTER (WHERE system = 'wms') AS wms_captured_at,
           any_value(capture_ts) FILTER (WHERE system = 'erp') AS erp_captured_at,
           any_value(capture_ts) FILTER (WHERE system = 'storefront') AS storefront_captured_at,
           any_value(last_change) FILTER (WHERE system = 'wms') AS wms_last_change,
           any_value(last_change) FILTER (WHERE system = 'erp') AS erp_last_change,
           any_value(last_change) FILTER (WHERE system = 'storefront') AS storefront_last_change,
           any_value(figure_at) FILTER (WHERE system = 'storefront') AS storefront_figure_at
    FROM figures
    GROUP BY sku_key, loc_key
),
in_bucket AS (
    SELECT *,
           CASE WHEN bucket = 'on_hand' THEN wms_on_hand ELSE wms_available END AS wms,
           CASE WHEN bucket = 'on_hand' THEN erp_on_hand ELSE erp_available END AS erp,
           CASE WHEN bucket = 'on_hand' THEN storefront_on_hand ELSE storefront_available END AS storefront
    FROM per_item
),
-- What the middleware delivered to the WMS: a receipt to expect, or an order to ship.
delivered_handoffs AS (
    SELECT DISTINCT eff_type || ':' || ref_key AS handoff_key FROM analysis_events
    WHERE eff_path = 'erp->wms' AND eff_type IN ('receipt', 'order_release') AND status = 'success' AND ref_key IS NOT NULL
      AND ts <= $as_of::TIMESTAMPTZ
),
-- ERP receipts and fulfilments still within the window the WMS has to receive or ship them in.
awaiting_wms AS (
    SELECT l.system, l.sku_key, l.loc_key, l.qty_delta, l.ts, l.ref_key, l.alt_ref_key, ds_ref_key(l.txn_id) AS txn_key,
           CASE WHEN l.txn_type = 'receipt' THEN 'receipt:' ELSE 'order_release:' END AS handoff
    FROM analysis_ledger l
    WHERE l.system = 'erp' AND l.moves_stock
      AND ((l.txn_type = 'receipt' AND l.qty_delta > 0) OR (l.txn_type IN ('fulfillment', 'ship') AND l.qty_delta < 0))
      AND l.ts > $as_of::TIMESTAMPTZ - to_seconds($receiving_window_s::DOUBLE)
      AND l.ts <= $as_of::TIMESTAMPTZ - to_seconds($in_flight_s::DOUBLE)
),
-- WMS moves within the window whose documents link to no ERP row: a 3PL that names shipments by the web order,
-- receipts by its own receiving order. One of the same units since an awaited ERP row is taken for its counterpart;
-- a move that names another ERP document is that document's.
erp_doc_keys AS (
    SELECT DISTINCT sku_key, key
    FROM (SELECT sku_key, unnest([ref_key, alt_ref_key]) AS key FROM analysis_ledger WHERE system = 'erp')
    WHERE key IS NOT NULL
),
unlinked_wms_moves AS (
    SELECT w.sku_key, w.loc_key, w.qty_delta, w.ts
    FROM analysis_ledger w
    WHERE w.system = 'wms' AND w.moves_stock
      AND w.ts > $as_of::TIMESTAMPTZ - to_seconds($receiving_window_s::DOUBLE) AND w.ts < $as_of::TIMESTAMPTZ
      AND NOT EXISTS (SELECT 1 FROM erp_doc_keys k WHERE k.sku_key = w.sku_key AND k.key = w.ref_key)
      AND NOT EXISTS (SELECT 1 FROM erp_doc_keys k WHERE k.sku_key = w.sku_key AND k.key = w.alt_ref_key)
),
-- When each handoff last ran before the as-of instant, for the flows still running on a short clock: a flow's runs
-- over the last day, its last run within two of its median gaps, the gap two hours at most (a handoff that runs
-- rarely, or logs only the documents it carries, says nothing of when its next run comes). Where several flows
-- carry one path and type (a 3PL's connector and another warehouse's API), the earliest of their last runs: a move
-- since then may not have been carried yet.
handoff_gaps AS (
    SELECT eff_path, eff_type, coalesce(flow, '') AS flow, ts,
           epoch(ts - lag(ts) OVER (PARTITION BY eff_path, eff_type, coalesce(flow, '') ORDER BY ts)) AS gap_s
    FROM analysis_events
    WHERE eff_path IN ('wms->erp', 'erp->wms') AND eff_type IN ('receipt', 'shipment_confirm', 'adjustment', 'return')
      AND ts <= $as_of::TIMESTAMPTZ AND ts > $as_of::TIMESTAMPTZ - to_seconds($receiving_window_s::DOUBLE)
),
handoff_runs AS (
    SELECT eff_path, eff_type, flow, max(ts) AS last_run, median(gap_s) AS gap_s
    FROM handoff_gaps
    GROUP BY ALL
    HAVING count(*) >= 3 AND median(gap_s) <= 7200
),
carried_until AS (
    SELECT eff_path, eff_type, min(last_run) AS last_run
    FROM handoff_runs
    WHERE last_run > $as_of::TIMESTAMPTZ - to_seconds(2 * gap_s)
    GROUP BY ALL
),
-- A move is in flight while younger than $in_flight_s, or than the last run of the handoff that carries its kind to
-- the other system: a WMS's receipts, shipments, counts and returns; an ERP's receipts, adjustments and returns
-- (an ERP fulfilment normally follows the WMS's shipment, and awaiting_wms covers one made at release).
recent_rows AS (
    SELECT l.system, l.sku_key, l.loc_key, l.qty_delta, l.ref_key, l.alt_ref_key
    FROM (
        SELECT *,
               CASE WHEN system = 'wms' THEN 'wms->erp' ELSE 'erp->wms' END AS handoff_path,
               CASE
                   WHEN txn_type IN ('receipt', 'return') THEN txn_type
                   WHEN txn_type IN ('adjustment', 'cycle_count', 'damage') THEN 'adjustment'
                   WHEN system = 'wms' AND txn_type IN ('ship', 'pick', 'pack', 'fulfillment') THEN 'shipment_confirm'
               END AS handoff_type
        FROM analysis_ledger
        WHERE system IN ('erp', 'wms') AND moves_stock AND ts < $as_of::TIMESTAMPTZ
          AND ts > $as_of::TIMESTAMPTZ - to_seconds(greatest($in_flight_s::DOUBLE, $receiving_window_s::DOUBLE))
    ) l
    LEFT JOIN carried_until c ON c.eff_path = l.handoff_path AND c.eff_type = l.handoff_type
    WHERE l.ts > $as_of::TIMESTAMPTZ - to_seconds($in_flight_s::DOUBLE) OR l.ts > c.last_run
    UNION ALL
    SELECT a.system, a.sku_key, a.loc_key, a.qty_delta, a.ref_key, a.alt_ref_key FROM awaiting_wms a
    WHERE (a.handoff || a.ref_key IN (SELECT handoff_key FROM delivered_handoffs)
           OR a.handoff || a.alt_ref_key IN (SELECT handoff_key FROM delivered_handoffs)
           OR a.handoff || a.txn_key IN (SELECT handoff_key FROM delivered_handoffs))
      AND NOT EXISTS (
          SELECT 1 FROM unlinked_wms_moves w
          WHERE w.sku_key = a.sku_key AND w.loc_key = a.loc_key AND w.qty_delta = a.qty_delta AND w.ts >= a.ts
      )
),
recent_keys AS (
    SELECT DISTINCT key FROM (SELECT unnest([ref_key, alt_ref_key]) AS key FROM recent_rows) WHERE key IS NOT NULL
),
-- A recent row's counterpart shares either of its reference keys by either of its own: the rows naming a recent
-- key (one pass over the ledger against a small set), with both their keys as one list. Only a row that moves
-- stock is a counterpart: the ERP's sales order names the order a WMS shipment names, yet only its fulfilment
-- takes the stock off the ERP's books. A row stamped at the as-of instant itself is none, being after it.
counterparts AS (
    SELECT DISTINCT system, sku_key, key FROM (
        SELECT o.system, o.sku_key, unnest([o.ref_key, o.alt_ref_key]) AS key
        FROM analysis_ledger o
        WHERE o.system IN ('erp', 'wms') AND o.moves_stock AND o.ts < $as_of::TIMESTAMPTZ
          AND (o.ref_key IN (SELECT key FROM recent_keys) OR o.alt_ref_key IN (SELECT key FROM recent_keys))
    )
    WHERE key IS NOT NULL
),
recent AS (
    SELECT l.system, l.sku_key, l.loc_key, sum(l.qty_delta) AS one_sided
    FROM recent_rows l
    WHERE NOT EXISTS (
              SELECT 1 FROM counterparts o
              WHERE o.key = l.ref_key AND o.sku_key = l.sku_key AND o.system <> l.system
          )
      AND NOT EXISTS (
              SELECT 1 FROM counterparts o
              WHERE o.key = l.alt_ref_key AND o.sku_key = l.sku_key AND o.system <> l.system
          )
    GROUP BY ALL
),
feeders AS (
    SELECT loc_key, mode(split_part(eff_path, '->', 1)) AS feeder
    FROM analysis_events
    WHERE eff_type = 'inventory_sync' AND eff_path IN ('wms->storefront', 'erp->storefront')
    GROUP BY loc_key
),
any_feeder AS (SELECT mode(feeder) AS feeder FROM feeders),
-- Where no sync names a location (a connector's flow runs, an app that leaves no log), the storefront's own figures
-- tell its feeder: of the items whose ERP and WMS disagree with nothing in flight (a move the feed has not carried
-- yet would point the other way), the storefront matching one system at least twice as often as the other (and
-- twice at least) is fed by it.
figure_feeders AS (
    SELECT loc_key,
           CASE
               WHEN like_wms >= 2 AND like_wms >= 2 * like_erp THEN 'wms'
               WHEN like_erp >= 2 AND like_erp >= 2 * like_wms THEN 'erp'
           END AS feeder
    FROM (
        SELECT b.loc_key, count(*) FILTER (WHERE b.storefront = b.wms) AS like_wms,
               count(*) FILTER (WHERE b.storefront = b.erp) AS like_erp
        FROM in_bucket b
        ANTI JOIN recent r ON r.sku_key = b.sku_key AND r.loc_key = b.loc_key
        WHERE b.erp <> b.wms AND b.storefront IS NOT NULL
        GROUP BY b.loc_key
    )
),
-- Rows in flight explain a gap; they never make one. Where setting them aside would widen the gap (the other system
-- already holds the change under a name the references do not link), the figures are compared as they are.
gaps AS (
    SELECT * EXCLUDE (erp_one_sided, wms_one_sided),
           CASE WHEN explains THEN erp_one_sided ELSE 0 END AS erp_in_flight,
           CASE WHEN explains THEN wms_one_sided ELSE 0 END AS wms_in_flight,
           CASE WHEN explains THEN set_aside ELSE erp - wms END AS gap_erp_wms
    FROM (
        SELECT *, coalesce(abs(set_aside) <= abs(erp - wms), true) AS explains
        FROM (
            SELECT b.*,
                   coalesce(re.one_sided, 0) AS erp_one_sided,
                   coalesce(rw.one_sided, 0) AS wms_one_sided,
                   (b.erp - coalesce(re.one_sided, 0)) - (b.wms - coalesce(rw.one_sided, 0)) AS set_aside,
                   coalesce(f.feeder, ff.feeder, (SELECT feeder FROM any_feeder), CASE WHEN b.wms IS NOT NULL THEN 'wms' ELSE 'erp' END)
                       AS feeder
            FROM in_bucket b
            LEFT JOIN recent re ON re.system = 'erp' AND re.sku_key = b.sku_key AND re.loc_key = b.loc_key
            LEFT JOIN recent rw ON rw.system = 'wms' AND rw.sku_key = b.sku_key AND rw.loc_key = b.loc_key
            LEFT JOIN feeders f ON f.loc_key = b.loc_key
            LEFT JOIN figure_feeders ff ON ff.loc_key = b.loc_key
        )
    )
),
feeder_recent AS (
    SELECT g.sku_key, g.loc_key, list(l.qty_delta ORDER BY l.ts DESC) AS deltas
    FROM gaps g
    JOIN analysis_ledger l ON l.system = g.feeder AND l.sku_key = g.sku_key AND l.loc_key = g.loc_key AND l.moves_stock
    WHERE g.storefront IS NOT NULL
      AND l.ts > least(g.storefront_figure_at, $as_of::TIMESTAMPTZ) - to_seconds($storefront_lag_s::DOUBLE)
      AND l.ts <= $as_of::TIMESTAMPTZ
    GROUP BY ALL
),
-- A feed sets the storefront's available figure from its feeder's (Celigo pushes NetSuite's location available;
-- a WMS its fulfillable): where the item is compared on hand, the storefront also agrees when its available
-- equals its feeder's, and only trails it when that figure trails. On hand differs by what each side has committed.
judged AS (
    SELECT g.*,
           g.storefront - CASE WHEN g.feeder = 'erp' THEN g.erp ELSE g.wms END AS gap_storefront,
           list_contains(
               list_transform(levels_back, s -> (CASE WHEN g.feeder = 'erp' THEN g.erp ELSE g.wms END) - s),
               g.storefront
           ) AS storefront_trails_feeder,
           g.bucket = 'on_hand' AND g.storefront_available IS NOT NULL AND list_contains(
               list_transform(levels_back, s -> (CASE WHEN g.feeder = 'erp' THEN g.erp_available ELSE g.wms_available END) - s),
               g.storefront_available
           ) AS storefront_available_trails,
           g.bucket = 'on_hand' AND g.storefront_available IS NOT NULL
               AND g.storefront_available = CASE WHEN g.feeder = 'erp' THEN g.erp_available ELSE g.wms_available END
               AS storefront_available_agrees
    FROM (
        SELECT g.*, list_concat([0.0], list_transform(range(1, len(coalesce(fr.deltas, [])) + 1),
                                 i -> list_sum(fr.deltas[1:i])::DOUBLE)) AS levels_back
        FROM gaps g
        LEFT JOIN feeder_recent fr USING (sku_key, loc_key)
    ) g
)
SELECT sku_key AS sku,
       location,
       loc_key,
       bucket,
       wms, erp, storefront,
       gap_erp_wms,
       gap_storefront,
       feeder,
       erp_in_flight,
       wms_in_flight,
       CASE
           WHEN (wms IS NOT NULL)::INT + (erp IS NOT NULL)::INT + (storefront IS NOT NULL)::INT < 2 THEN 'single_system'
           WHEN coalesce(abs(gap_erp_wms), 0) > 1e-9 THEN 'drift'
           WHEN coalesce(abs(gap_storefront), 0) > 1e-9 AND NOT storefront_trails_feeder AND NOT storefront_available_trails
               THEN 'drift'
           WHEN coalesce(abs(erp - wms), 0) > 1e-9
               OR (coalesce(abs(gap_storefront), 0) > 1e-9 AND NOT storefront_available_agrees) THEN 'in_flight'
           ELSE 'agree'
       END AS status,
       greatest(
           coalesce(abs(gap_erp_wms), 0),
           CASE WHEN storefront_trails_feeder OR storefront_available_trails THEN 0 ELSE coalesce(abs(gap_storefront), 0) END
       ) AS drift_units,
       CASE greatest(wms_last_change, erp_last_change, storefront_last_change)
           WHEN wms_last_change THEN 'wms'
           WHEN erp_last_change THEN 'erp'
           WHEN storefront_last_change THEN 'storefront'
       END AS changed_last,
       wms_captured_at, erp_captured_at, storefront_captured_at,
       wms_last_change, erp_last_change, storefront_last_change
FROM judged;
