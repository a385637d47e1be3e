-- Purpose: one naive source's references and raw times, as the naive side of offset inference.
-- Identifiers: {{table}} its canonical table; {{ref}} the reference column; {{time}} the raw time column.
-- Params: $source_id.
-- Returns: nothing; creates temp.offset_naive(ref, t).
CREATE OR REPLACE TEMP TABLE offset_naive AS
SELECT CAST({{ref}} AS VARCHAR) AS ref, {{time}} AS t
FROM {{table}}
WHERE source_id = $source_id AND {{ref}} IS NOT NULL;
