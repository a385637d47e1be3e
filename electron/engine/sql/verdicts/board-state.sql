-- Purpose: whether the case holds a finished analysis the verdict board can read: its findings were saved (the last
--          step of a run) and every table the board and SKU pages read exists.
-- Params: none.
-- Returns: one row (analysed BOOLEAN).
SELECT (SELECT count(*) FROM analysis_findings) > 0
       AND (SELECT count(*)
            FROM duckdb_tables()
            WHERE table_name IN ('analysis_run', 'analysis_drift', 'analysis_verdicts', 'analysis_evidence',
                                 'analysis_checklist', 'analysis_sync_mode', 'analysis_coverage',
                                 'analysis_noise_errors', 'analysis_noise_summary')) = 9 AS analysed;
