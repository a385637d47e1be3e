-- Purpose: the findings of the case's last analysis.
-- Params: none.
-- Returns: zero or one row (findings as JSON text).
SELECT findings::VARCHAR AS findings FROM analysis_findings WHERE slot = 1;
