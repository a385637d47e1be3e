-- Purpose: the events as analysis reads them: analysis_events_rows without the events that repeat an earlier file's
--          (analysis-events-repeats.sql), so each handoff counts once.
-- Params: none. Needs analysis_events_rows and analysis_events_repeats.
-- Returns: nothing; (re)creates the temp view analysis_events (the columns of analysis_events_rows).
CREATE OR REPLACE TEMP VIEW analysis_events AS
SELECT e.*
FROM analysis_events_rows e
ANTI JOIN analysis_events_repeats r USING (source_id, line_number);
