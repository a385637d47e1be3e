-- Purpose: the error-code counts, read back from analysis_noise_errors (made by noise-errors.sql).
-- Params: none. Needs ds_iso (analysis-macros.sql).
-- Returns: path (NULL when the events had none), event_type, code, count INTEGER, first_seen and last_seen as ISO
--          8601 UTC strings (NULL when no failure of the group had a time); most frequent first.
SELECT path,
       event_type,
       code,
       CAST(count AS INTEGER) AS count,
       ds_iso(first_seen) AS first_seen,
       ds_iso(last_seen) AS last_seen
FROM analysis_noise_errors
ORDER BY count DESC, path NULLS LAST, event_type, code;
