-- Purpose: one pass over every event for the noise figures that are plain counts: events per path, event type,
--          status and failure code (the export's error code, else the status, for error and rejected events),
--          with first and last time, a sample message, and how many miss each required field. Required: ts; sku
--          and qty for the stock-moving types ($stock_types); a path; a known status; a record_ref or
--          idempotency_key (ingest stores blank text as NULL). A field counts as missing only in files that write it
--          on some of their events: an export that never carries a SKU (a flow's run history, process executions)
--          is not missing it on every line, and the coverage section says what each file holds.
-- Params: $stock_types VARCHAR[]: event types that move stock.
-- Returns: nothing; (re)creates the temp table noise_profile(path, event_type, status, code, events, first_seen,
--          last_seen, sample_message, missing_ts, missing_sku, missing_qty, missing_path, missing_status,
--          missing_reference); code NULL unless the status is error or rejected.
CREATE OR REPLACE TEMP TABLE noise_profile AS
SELECT path,
       event_type,
       status,
       code,
       events,
       first_seen,
       last_seen,
       sample_message,
       missing_ts,
       CASE WHEN list_contains($stock_types, event_type) THEN no_sku ELSE 0 END AS missing_sku,
       CASE WHEN list_contains($stock_types, event_type) THEN no_qty ELSE 0 END AS missing_qty,
       CASE WHEN path IS NULL THEN events ELSE 0 END AS missing_path,
       CASE WHEN status = 'unknown' THEN events ELSE 0 END AS missing_status,
       missing_reference
FROM (
    SELECT eff_path AS path,
           eff_type AS event_type,
           status,
           CASE WHEN status IN ('error', 'rejected') THEN coalesce(nullif(trim(error_code), ''), status) END AS code,
           count(*) AS events,
           min(ts) AS first_seen,
           max(ts) AS last_seen,
           min(nullif(trim(error_message), '')) FILTER (WHERE status IN ('error', 'rejected')) AS sample_message,
           count(*) FILTER (WHERE ts IS NULL) AS missing_ts,
           count(*) FILTER (WHERE coalesce(sku_key, '') = '' AND writes_sku) AS no_sku,
           count(*) FILTER (WHERE qty IS NULL AND writes_qty) AS no_qty,
           count(*) FILTER (WHERE record_ref IS NULL AND idempotency_key IS NULL AND writes_reference) AS missing_reference
    FROM analysis_events
    JOIN (
        SELECT source_id,
               bool_or(coalesce(sku_key, '') <> '') AS writes_sku,
               bool_or(qty IS NOT NULL) AS writes_qty,
               bool_or(record_ref IS NOT NULL OR idempotency_key IS NOT NULL) AS writes_reference
        FROM analysis_events
        GROUP BY source_id
    ) USING (source_id)
    GROUP BY ALL
);
