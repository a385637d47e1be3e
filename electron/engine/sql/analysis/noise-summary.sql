-- Purpose: the noise figures of the handoff layer in one long table: duplicate groups applied and ignored (from
--          analysis_noise_duplicates), events missing each required field (from noise_profile), and retries.
--          Retries: failures (status error, rejected or retried, from noise_failures) grouped by path and
--          correlation id (the idempotency key when there is no correlation id; a failure with neither is a group
--          of its own); a group succeeded later when a success shares its key at or after its first failure (or
--          either time is unknown), and never succeeded otherwise.
-- Params: none. Needs analysis_noise_duplicates, noise_profile and noise_failures (noise-duplicates.sql,
--         noise-profile.sql, noise-failures.sql).
-- Returns: nothing; (re)creates analysis_noise_summary(ordinal, section, measure, count): sections duplicates
--          (applied, ignored), missing_fields (ts, sku, qty, path, status, reference), retries (retried,
--          succeeded_later, never_succeeded).
CREATE OR REPLACE TABLE analysis_noise_summary AS
WITH duplicates AS (
    SELECT count(*) FILTER (WHERE applied) AS applied, count(*) FILTER (WHERE NOT applied) AS ignored
    FROM analysis_noise_duplicates
),
missing AS (
    SELECT CAST(coalesce(sum(missing_ts), 0) AS BIGINT) AS ts,
           CAST(coalesce(sum(missing_sku), 0) AS BIGINT) AS sku,
           CAST(coalesce(sum(missing_qty), 0) AS BIGINT) AS qty,
           CAST(coalesce(sum(missing_path), 0) AS BIGINT) AS path,
           CAST(coalesce(sum(missing_status), 0) AS BIGINT) AS status,
           CAST(coalesce(sum(missing_reference), 0) AS BIGINT) AS reference
    FROM noise_profile
),
failure_groups AS (
    SELECT retry_hash, min(ts) AS first_failure
    FROM noise_failures
    WHERE NOT unkeyed
    GROUP BY retry_hash
),
later_successes AS (
    SELECT e.retry_hash, max(e.ts) AS last_success, bool_or(e.ts IS NULL) AS success_untimed
    FROM (
        SELECT hash(coalesce(eff_path, ''), coalesce(correlation_id, idempotency_key)) AS retry_hash, ts
        FROM analysis_events
        WHERE status = 'success' AND coalesce(correlation_id, idempotency_key) IS NOT NULL
    ) e
    JOIN (SELECT DISTINCT retry_hash FROM noise_failures WHERE NOT unkeyed) f USING (retry_hash)
    GROUP BY e.retry_hash
),
retries AS (
    SELECT (SELECT count(*) FROM failure_groups) + (SELECT count(*) FROM noise_failures WHERE unkeyed) AS retried,
           (SELECT count(*)
            FROM failure_groups f
            JOIN later_successes s USING (retry_hash)
            WHERE f.first_failure IS NULL OR s.success_untimed OR s.last_success >= f.first_failure) AS succeeded_later
)
SELECT * FROM (VALUES
    (1, 'duplicates', 'applied', (SELECT applied FROM duplicates)),
    (2, 'duplicates', 'ignored', (SELECT ignored FROM duplicates)),
    (3, 'missing_fields', 'ts', (SELECT ts FROM missing)),
    (4, 'missing_fields', 'sku', (SELECT sku FROM missing)),
    (5, 'missing_fields', 'qty', (SELECT qty FROM missing)),
    (6, 'missing_fields', 'path', (SELECT path FROM missing)),
    (7, 'missing_fields', 'status', (SELECT status FROM missing)),
    (8, 'missing_fields', 'reference', (SELECT reference FROM missing)),
    (9, 'retries', 'retried', (SELECT retried FROM retries)),
    (10, 'retries', 'succeeded_later', (SELECT succeeded_later FROM retries)),
    (11, 'retries', 'never_succeeded', (SELECT retried - succeeded_later FROM retries))
) AS summary(ordinal, section, measure, count);
