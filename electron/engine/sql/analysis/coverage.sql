-- Purpose: which event types each path carries and how often they fail, against the combinations the business
--          needs. seen counts every event of the path and type, whatever its status. failed counts events with
--          status error or rejected that no success with the same path and correlation id (idempotency key when
--          there is no correlation id) followed at or after the failure (or with an unknown time): a retry that
--          got through is not a failure; those are counted in recovered. Each $needed entry is listed even when
--          never seen. need 'needed' is a gap when seen = 0; need 'either' (inventory sync to the storefront,
--          from the WMS or the ERP) is a gap on every row of that type only when none of them saw any; need
--          'reported' is never a gap. No gap at all when the case holds no events. Other path/type pairs in the
--          data are listed with need 'seen'; events with no path appear under '(no path)'.
-- Params: $needed VARCHAR[]: 'path|event_type|need' entries, in the order to list them. Needs coverage_failures
--         (coverage-failures.sql).
-- Returns: nothing; (re)creates analysis_coverage(ordinal, path, event_type, need, seen, failed, recovered, gap).
CREATE OR REPLACE TABLE analysis_coverage AS
WITH needed AS (
    SELECT split_part(entry, '|', 1) AS path,
           split_part(entry, '|', 2) AS event_type,
           split_part(entry, '|', 3) AS need,
           ordinal
    FROM (SELECT unnest($needed::VARCHAR[]) AS entry, unnest(range(1, len($needed::VARCHAR[]) + 1)) AS ordinal)
),
successes AS (
    SELECT e.retry_hash, max(e.ts) AS last_success, bool_or(e.ts IS NULL) AS success_untimed
    FROM (
        SELECT hash(coalesce(eff_path, '(no path)'), coalesce(correlation_id, idempotency_key)) AS retry_hash, ts
        FROM analysis_events
        WHERE status = 'success' AND coalesce(correlation_id, idempotency_key) IS NOT NULL
    ) e
    JOIN (SELECT DISTINCT retry_hash FROM coverage_failures WHERE retry_hash IS NOT NULL) f USING (retry_hash)
    GROUP BY e.retry_hash
),
judged AS (
    SELECT f.path,
           f.event_type,
           s.retry_hash IS NOT NULL AND (f.ts IS NULL OR s.success_untimed OR s.last_success >= f.ts) AS recovered
    FROM coverage_failures f
    LEFT JOIN successes s USING (retry_hash)
),
seen AS (
    SELECT coalesce(eff_path, '(no path)') AS path, eff_type AS event_type, count(*) AS seen
    FROM analysis_events
    GROUP BY ALL
),
failed AS (
    SELECT path,
           event_type,
           count(*) FILTER (WHERE NOT recovered) AS failed,
           count(*) FILTER (WHERE recovered) AS recovered
    FROM judged
    GROUP BY path, event_type
),
listed AS (
    SELECT coalesce(n.path, s.path) AS path,
           coalesce(n.event_type, s.event_type) AS event_type,
           coalesce(n.need, 'seen') AS need,
           n.ordinal,
           coalesce(s.seen, 0) AS seen,
           coalesce(f.failed, 0) AS failed,
           coalesce(f.recovered, 0) AS recovered
    FROM needed n
    FULL JOIN seen s ON s.path = n.path AND s.event_type = n.event_type
    LEFT JOIN failed f ON f.path = coalesce(n.path, s.path) AND f.event_type = coalesce(n.event_type, s.event_type)
),
judged_gaps AS (
    SELECT *,
           (SELECT count(*) FROM seen) > 0 AND CASE need
               WHEN 'needed' THEN seen = 0
               WHEN 'either' THEN sum(seen) OVER (PARTITION BY need, event_type) = 0
               ELSE false
           END AS gap
    FROM listed
)
SELECT row_number() OVER (ORDER BY ordinal NULLS LAST, path, event_type) AS ordinal,
       path, event_type, need, seen, failed, recovered, gap
FROM judged_gaps
ORDER BY ordinal;
