-- Purpose: the failed events coverage counts (status error or rejected), with a 64-bit hash of their path and
--          correlation id (the idempotency key when there is no correlation id; NULL when neither, ingest storing
--          blank text as NULL). Kept apart so the look-up of later successes builds its hash table on these few rows.
-- Params: none.
-- Returns: nothing; (re)creates the temp table coverage_failures(path, event_type, ts, retry_hash); path is
--          '(no path)' for events with none.
CREATE OR REPLACE TEMP TABLE coverage_failures AS
SELECT coalesce(eff_path, '(no path)') AS path,
       eff_type AS event_type,
       ts,
       CASE WHEN coalesce(correlation_id, idempotency_key) IS NOT NULL
            THEN hash(coalesce(eff_path, '(no path)'), coalesce(correlation_id, idempotency_key)) END AS retry_hash
FROM analysis_events
WHERE status IN ('error', 'rejected');
