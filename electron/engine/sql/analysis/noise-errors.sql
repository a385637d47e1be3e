-- Purpose: the error codes of the handoff layer: events that failed (status error or rejected), counted by path,
--          event type and code (the export's error code, else the status), with when each was first and last seen.
-- Params: none. Needs noise_profile (noise-profile.sql).
-- Returns: nothing; (re)creates analysis_noise_errors(path, event_type, code, count, first_seen, last_seen,
--          sample_message), path NULL for events with no path; read it ordered by count descending.
CREATE OR REPLACE TABLE analysis_noise_errors AS
SELECT path,
       event_type,
       code,
       CAST(sum(events) AS BIGINT) AS count,
       min(first_seen) AS first_seen,
       max(last_seen) AS last_seen,
       min(sample_message) AS sample_message
FROM noise_profile
WHERE code IS NOT NULL
GROUP BY ALL
ORDER BY count DESC, path NULLS LAST, event_type, code;
