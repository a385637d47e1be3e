-- Purpose: the events as analysis reads them (as analysis-events.sql), for a case whose crosswalk renames
--          something: locations and SKUs take the identity the crosswalk gives the middleware's spelling
--          (analysis_identity), else their own. ref_key and loc_key were computed at import; rows inserted without
--          them get them here (a CASE, not coalesce: DuckDB evaluates only the rows that need it).
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_events_rows (analysis_events before events that
--          repeat another file's are set aside, analysis-events-kept.sql): every events column (loc_key crosswalked) plus
--          eff_path, eff_type and sku_key.
CREATE OR REPLACE TEMP VIEW analysis_events_rows AS
SELECT e.* REPLACE (
           CASE WHEN e.ref_key IS NULL THEN ds_ref_key(coalesce(e.record_ref, e.idempotency_key)) ELSE e.ref_key END AS ref_key,
           coalesce(lx.canonical_key, CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END) AS loc_key
       ),
       e.path AS eff_path, e.event_type AS eff_type, coalesce(sx.canonical_key, e.sku) AS sku_key
FROM events e
LEFT JOIN analysis_identity lx
    ON lx.kind = 'location' AND lx.system = 'middleware'
   AND lx.raw_key = CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END
LEFT JOIN analysis_identity sx ON sx.kind = 'sku' AND sx.system = 'middleware' AND sx.raw_key = e.sku;
