-- Purpose: how the sync-mode evidence sentence writes its figures (temp macros, private to the connection).
-- Params: none.
-- Returns: nothing. sync_mode_count(n): '1,203'; sync_mode_seconds(x): '4.5' below 100, '1,800' from 100 up;
--          sync_mode_percent(share): '96%'.
CREATE OR REPLACE TEMP MACRO sync_mode_count(n) AS format('{:,}', CAST(n AS BIGINT));

CREATE OR REPLACE TEMP MACRO sync_mode_seconds(x) AS CASE
    WHEN x IS NULL THEN '?'
    WHEN abs(x) >= 100 THEN format('{:,}', CAST(round(x) AS BIGINT))
    ELSE format('{:g}', round(x, 1))
END;

CREATE OR REPLACE TEMP MACRO sync_mode_percent(share) AS format('{}%', CAST(round(100 * share) AS INTEGER));
