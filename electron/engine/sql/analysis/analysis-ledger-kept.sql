-- Purpose: the ledger as analysis reads it: analysis_ledger_rows without the rows that repeat an earlier export of
--          the same system (analysis-ledger-repeats.sql), so each stock move counts once.
-- Params: none. Needs analysis_ledger_rows and analysis_ledger_repeats.
-- Returns: nothing; (re)creates the temp view analysis_ledger (the columns of analysis_ledger_rows).
CREATE OR REPLACE TEMP VIEW analysis_ledger AS
SELECT l.*
FROM analysis_ledger_rows l
ANTI JOIN analysis_ledger_repeats r USING (source_id, line_number);
