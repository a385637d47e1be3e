-- Purpose: pair the records of a source written in local time with no zone with those of a zone-aware source that
--          carry the same reference (an ERP receipt and the middleware event with its PO number), for offset and
--          zone inference. Each reference counts once, with its earliest time on each side: a document with many
--          lines, or an event retried five times, would otherwise outvote the rest. Needs the time macros.
-- Params: $aware_zone VARCHAR: zone for naive times on the aware side, NULL when they carry their own offset.
--   Identifier slots: {{naive_table}}, {{naive_ref}}, {{naive_time}}, {{aware_table}}, {{aware_ref}}, {{aware_time}}.
-- Returns: nothing; (re)creates temp.offset_pairs(wall TIMESTAMP: the naive reading, instant TIMESTAMPTZ).
CREATE OR REPLACE TEMP TABLE offset_pairs AS
WITH naive AS (
    SELECT trim(CAST({{naive_ref}} AS VARCHAR)) AS ref, min(ds_wall_clock({{naive_time}})) AS wall
    FROM {{naive_table}}
    GROUP BY 1
),
aware AS (
    SELECT trim(CAST({{aware_ref}} AS VARCHAR)) AS ref, min(ds_instant({{aware_time}}, $aware_zone)) AS instant
    FROM {{aware_table}}
    GROUP BY 1
)
SELECT naive.wall, aware.instant
FROM naive
JOIN aware ON aware.ref = naive.ref
WHERE naive.ref <> '' AND naive.wall IS NOT NULL AND aware.instant IS NOT NULL;
