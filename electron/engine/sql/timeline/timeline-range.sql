-- Purpose: the span a SKU x location's timeline covers when no range is asked for: from its first to its last
--          timed event or level change, reaching the as-of instant of the analysis; and how many of its events have
--          no time (they cannot be placed on a timeline).
-- Params: $sku (as stored); $loc_key (ds_location_key of the location). Needs analysis_events,
--         analysis_level_changes (scoped to the SKU, see level-scope.sql) and analysis_run.
-- Returns: one row (from_ts, to_ts: ISO instants or NULL; untimed BIGINT).
WITH sku_events AS (
    SELECT ts FROM analysis_events WHERE sku_key = $sku AND loc_key = $loc_key
),
instants AS (
    SELECT ts FROM sku_events WHERE ts IS NOT NULL
    UNION ALL
    SELECT ts FROM analysis_level_changes WHERE sku_key = $sku AND loc_key = $loc_key
    UNION ALL
    SELECT as_of FROM analysis_run
)
SELECT ds_iso(min(ts)) AS from_ts,
       ds_iso(max(ts)) AS to_ts,
       (SELECT count(*) FROM sku_events WHERE ts IS NULL) AS untimed
FROM instants;
