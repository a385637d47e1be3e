-- Purpose: macros the analysis output uses (persistent, recreated before every analysis run).
-- Params: none.
-- Returns: nothing. ds_iso(ts): an instant as ISO 8601 UTC text with milliseconds, as JavaScript writes it;
--          ds_qty(x): a quantity as text, without a trailing .0 when it is whole.
CREATE OR REPLACE MACRO ds_iso(ts) AS strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ');

CREATE OR REPLACE MACRO ds_qty(x) AS CASE WHEN x = round(x) THEN CAST(round(x) AS BIGINT)::VARCHAR ELSE x::VARCHAR END;
