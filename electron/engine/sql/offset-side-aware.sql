-- Purpose: the references and instants of every source whose times are known instants (an offset in the text,
--          or a zone given), as the aware side of offset inference.
-- Identifiers: {{table}} a canonical table; {{ref}} the reference column.
-- Params: $naive_rule the tz_rule of a source read as UTC for want of a zone.
-- Returns: nothing; creates temp.offset_aware(ref, t) with t an instant written as text with its offset.
CREATE OR REPLACE TEMP TABLE offset_aware AS
SELECT CAST({{ref}} AS VARCHAR) AS ref, CAST(ts AS VARCHAR) AS t
FROM {{table}}
WHERE {{ref}} IS NOT NULL
  AND source_id IN (SELECT source_id FROM sources WHERE coalesce(tz_rule, '') <> $naive_rule);
