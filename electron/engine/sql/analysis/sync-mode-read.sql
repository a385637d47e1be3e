-- Purpose: the sync-mode findings, read back from analysis_sync_mode (made by sync-mode-result.sql).
-- Params: none.
-- Returns: one row per path: path, mode, period_s, jitter_s, lag_s (DOUBLE or NULL), events INTEGER, evidence.
SELECT path,
       mode,
       CAST(period_s AS DOUBLE) AS period_s,
       CAST(jitter_s AS DOUBLE) AS jitter_s,
       CAST(lag_s AS DOUBLE) AS lag_s,
       CAST(events AS INTEGER) AS events,
       evidence
FROM analysis_sync_mode
ORDER BY path;
