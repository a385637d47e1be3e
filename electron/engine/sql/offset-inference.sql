-- Purpose: estimate the UTC offset of a source written in local time with no zone, by pairing its records with
--   those of a zone-aware source that carry the same reference (an ERP receipt and the middleware event with
--   its PO number). Each reference counts once, with its earliest time on each side: a document with many
--   lines, or an event retried five times, would otherwise outvote the rest. The difference naive wall clock
--   (read as if UTC) minus aware instant is the naive source's offset plus the handoff lag; rounded to 15
--   minutes, the commonest value is the offset. Differences beyond UTC-12:00..UTC+14:00 are no offset at all
--   and never win, though they still count as matches (they lower the confidence).
--   Needs the time macros (time-macros.sql).
-- Params: $aware_zone VARCHAR: zone for naive times on the aware side, NULL when they carry their own offset.
--   Identifier slots: {{naive_table}}, {{naive_ref}}, {{naive_time}}, {{aware_table}}, {{aware_ref}}, {{aware_time}}.
-- Returns: one row: matches INTEGER (references with a time on both sides), offset_minutes INTEGER (east
--   positive; NULL when no difference is a plausible offset), agreeing INTEGER (matches rounding to it),
--   spread_minutes DOUBLE (largest minus smallest unrounded difference among those agreeing: the lag jitter).
WITH naive AS (
    SELECT trim(CAST({{naive_ref}} AS VARCHAR)) AS ref, min(ds_wall_clock({{naive_time}})) AS wall
    FROM {{naive_table}}
    GROUP BY 1
),
aware AS (
    SELECT trim(CAST({{aware_ref}} AS VARCHAR)) AS ref, min(ds_instant({{aware_time}}, $aware_zone)) AS instant
    FROM {{aware_table}}
    GROUP BY 1
),
pairs AS (
    SELECT (epoch(naive.wall) - epoch(aware.instant)) / 60 AS difference
    FROM naive
    JOIN aware ON aware.ref = naive.ref
    WHERE naive.ref <> '' AND naive.wall IS NOT NULL AND aware.instant IS NOT NULL
),
candidates AS (
    SELECT CAST(round(difference / 15) * 15 AS INTEGER) AS offset_minutes, difference
    FROM pairs
),
best AS (
    SELECT offset_minutes, count(*) AS agreeing, max(difference) - min(difference) AS spread
    FROM candidates
    WHERE offset_minutes BETWEEN -720 AND 840
    GROUP BY offset_minutes
    ORDER BY agreeing DESC, abs(offset_minutes), offset_minutes
    LIMIT 1
)
SELECT
    (SELECT CAST(count(*) AS INTEGER) FROM pairs) AS matches,
    best.offset_minutes,
    CAST(best.agreeing AS INTEGER) AS agreeing,
    round(best.spread, 2) AS spread_minutes
FROM (SELECT 1) AS one
LEFT JOIN best ON true;
