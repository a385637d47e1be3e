-- Purpose: the events as analysis reads them: the canonical columns under the names every analysis step uses. The
--          join keys ref_key and loc_key were computed at import; rows inserted without them get them here (a CASE, not
--          coalesce: DuckDB evaluates only the rows that need it).
--          A case whose crosswalk renames a location or SKU reads analysis-events-crosswalked.sql instead.
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_events_rows (analysis_events before events that
--          repeat another file's are set aside, analysis-events-kept.sql): every events column plus eff_path, eff_type and
--          sku_key.
CREATE OR REPLACE TEMP VIEW analysis_events_rows AS
SELECT * REPLACE (
           CASE WHEN e.ref_key IS NULL THEN ds_ref_key(coalesce(e.record_ref, e.idempotency_key)) ELSE e.ref_key END AS ref_key,
           CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END AS loc_key
       ),
       e.path AS eff_path, e.event_type AS eff_type, e.sku AS sku_key
FROM events e;
