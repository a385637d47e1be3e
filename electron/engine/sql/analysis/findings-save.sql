-- Purpose: keep the findings of the analysis just run in the case, replacing the previous ones (one slot).
-- Params: $findings: the findings JSON text.
-- Returns: nothing.
INSERT OR REPLACE INTO analysis_findings VALUES (1, now(), $findings::JSON);
