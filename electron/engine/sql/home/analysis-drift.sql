-- Purpose: the last analysis in the summary strip: when it ran and how many SKU x locations drift.
-- Params: none (reads analysis_run and analysis_drift; run only when analysis-present.sql says they exist).
-- Returns: one row (analysed_at as ISO text in UTC, drifting).
SELECT strftime(timezone('UTC', (SELECT max(analysed_at) FROM analysis_run)), '%Y-%m-%dT%H:%M:%SZ') AS analysed_at,
       (SELECT count(*) FROM analysis_drift WHERE status = 'drift')::BIGINT AS drifting;
