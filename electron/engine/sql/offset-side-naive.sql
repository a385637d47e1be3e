-- Purpose: one naive source's references and wall-clock times, as the naive side of offset inference. Its naive
--          times were read as UTC, so the stored instant in UTC is the wall clock as the export wrote it, in
--          whichever order its slash dates were written (re-reading the raw text would assume one order).
-- Identifiers: {{table}} its canonical table; {{ref}} the reference column; {{time}} the stored time column.
-- Params: $source_id.
-- Returns: nothing; creates temp.offset_naive(ref, t).
CREATE OR REPLACE TEMP TABLE offset_naive AS
SELECT CAST({{ref}} AS VARCHAR) AS ref, timezone('UTC', {{time}}) AS t
FROM {{table}}
WHERE source_id = $source_id AND {{ref}} IS NOT NULL;
