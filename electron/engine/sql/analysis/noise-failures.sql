-- Purpose: the failed attempts retries are judged on: events with status error, rejected or retried, keyed by a
--          64-bit hash of their path and correlation id (the idempotency key when there is no correlation id).
--          Kept apart so the summary's look-up of later successes builds its hash table on these few rows. A failure
--          that names no record at all (no key, reference or SKU: a failed run of a whole flow) is no failed record.
-- Params: none.
-- Returns: nothing; (re)creates the temp table noise_failures(retry_hash, unkeyed, ts): unkeyed when the event
--          has neither key (ingest stores blank text as NULL).
CREATE OR REPLACE TEMP TABLE noise_failures AS
SELECT hash(coalesce(eff_path, ''), coalesce(correlation_id, idempotency_key)) AS retry_hash,
       coalesce(correlation_id, idempotency_key) IS NULL AS unkeyed,
       ts
FROM analysis_events
WHERE status IN ('error', 'rejected', 'retried')
  AND (correlation_id IS NOT NULL OR idempotency_key IS NOT NULL OR record_ref IS NOT NULL OR coalesce(sku_key, '') <> '');
