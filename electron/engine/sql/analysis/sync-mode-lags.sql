-- Purpose: how long after its source transaction each path's events fire, for sync-mode detection. The source
--          is the system before '->' in the path. An event is paired with the latest ledger row of that system
--          at most $lag_window_s before it: the same ref_key for business events, and for inventory_sync (which
--          carries no document) the latest change of the same sku_key at the same loc_key (any location when the
--          event names none). A lag is a statistic, so a busy path is sampled: its time is cut into slots
--          $lag_window_s long and a pseudo-random 1 in `stride` of the slots holding its events is kept, stride
--          chosen to leave about $lag_sample events; the ledger is read only in the kept slots and the slot before
--          each.
-- Params: $lag_window_s DOUBLE: the longest lag that still pairs; $lag_sample INTEGER: events to pair per path.
--         Needs sync_mode_buckets (sync-mode-buckets.sql).
-- Returns: nothing; (re)creates the temp table sync_mode_lags(path, sampled, matched, lag_median, lag_p90): events
--          sampled, how many paired, and the median and 90th percentile of their lag in seconds.
CREATE OR REPLACE TEMP TABLE sync_mode_lags AS
WITH paths AS (
    SELECT path,
           split_part(path, '->', 1) AS source,
           CAST(greatest(1, ceil(sum(events) / $lag_sample)) AS BIGINT) AS stride
    FROM sync_mode_buckets
    WHERE split_part(path, '->', 1) IN ('erp', 'wms', 'storefront') AND first_t IS NOT NULL
    GROUP BY path
),
occupied AS (
    SELECT DISTINCT path,
           unnest([CAST(floor(first_t / $lag_window_s) AS BIGINT), CAST(floor(last_t / $lag_window_s) AS BIGINT)]) AS slot
    FROM sync_mode_buckets
    WHERE first_t IS NOT NULL
),
slots AS (
    SELECT o.path, p.source, o.slot
    FROM occupied o
    JOIN paths p USING (path)
    WHERE p.stride = 1 OR hash(o.slot) % p.stride = 0
),
ledger_slots AS (
    SELECT DISTINCT source AS system, unnest([slot - 1, slot]) AS slot FROM slots
),
sampled AS MATERIALIZED (
    SELECT row_number() OVER () AS id, e.eff_path AS path, s.source, e.eff_type, e.ts, e.ref_key, e.sku_key, e.loc_key
    FROM analysis_events e
    JOIN slots s ON s.path = e.eff_path AND s.slot = CAST(floor(epoch_ms(e.ts) / ($lag_window_s * 1000)) AS BIGINT)
),
near_ledger AS (
    SELECT l.system, l.ts, l.ref_key, l.sku_key, l.loc_key
    FROM analysis_ledger l
    SEMI JOIN ledger_slots s
        ON s.system = l.system AND s.slot = CAST(floor(epoch_ms(l.ts) / ($lag_window_s * 1000)) AS BIGINT)
),
-- Equality joins bounded by the window, then the latest ledger row per event (hash joins: DuckDB plans an ASOF
-- join on inputs it expects to be small as a nested loop).
candidates AS (
    SELECT e.id, e.path, e.ts, l.ts AS source_ts
    FROM sampled e
    JOIN near_ledger l ON l.system = e.source AND l.ref_key = e.ref_key
    WHERE e.eff_type <> 'inventory_sync'
      AND l.ts BETWEEN e.ts - to_seconds(CAST($lag_window_s AS BIGINT)) AND e.ts
    UNION ALL
    SELECT e.id, e.path, e.ts, l.ts AS source_ts
    FROM sampled e
    JOIN near_ledger l ON l.system = e.source AND l.sku_key = e.sku_key AND l.loc_key = e.loc_key
    WHERE e.eff_type = 'inventory_sync' AND e.sku_key <> '' AND e.loc_key <> ''
      AND l.ts BETWEEN e.ts - to_seconds(CAST($lag_window_s AS BIGINT)) AND e.ts
    UNION ALL
    SELECT e.id, e.path, e.ts, l.ts AS source_ts
    FROM sampled e
    JOIN near_ledger l ON l.system = e.source AND l.sku_key = e.sku_key
    WHERE e.eff_type = 'inventory_sync' AND e.sku_key <> '' AND e.loc_key = ''
      AND l.ts BETWEEN e.ts - to_seconds(CAST($lag_window_s AS BIGINT)) AND e.ts
),
lags AS (
    SELECT path, epoch(any_value(ts)) - epoch(max(source_ts)) AS lag_s
    FROM candidates
    GROUP BY id, path
),
paired AS (
    SELECT path, count(*) AS matched, median(lag_s) AS lag_median, quantile_cont(lag_s, 0.9) AS lag_p90
    FROM lags
    GROUP BY path
)
SELECT path, coalesce(s.sampled, 0) AS sampled, coalesce(p.matched, 0) AS matched, p.lag_median, p.lag_p90
FROM (SELECT path, count(*) AS sampled FROM sampled GROUP BY path) s
LEFT JOIN paired p USING (path);
