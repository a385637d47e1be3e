-- Purpose: estimate the UTC offset of a source written in local time with no zone, from its records paired with
--   those of a zone-aware source by their shared references (offset-pairs.sql). The difference naive wall clock
--   (read as if UTC) minus aware instant is the naive source's offset plus the handoff lag; rounded to 15
--   minutes, the commonest value is the offset. Differences that round to no offset in use (beyond
--   UTC-12:00..UTC+14:00, or UTC-05:45, which a lag of 8 to 22 minutes after UTC-06:00 rounds to) never win,
--   though they still count as matches (they lower the confidence).
--   Needs temp.offset_pairs (offset-pairs.sql).
-- Params: $lagging_side VARCHAR: 'aware' or 'naive', the side whose records follow the other's; NULL when unknown.
-- Returns: one row: matches INTEGER (references with a time on both sides), offset_minutes INTEGER (east
--   positive; NULL when no difference is a plausible offset), agreeing INTEGER (matches rounding to it),
--   spread_minutes DOUBLE (largest minus smallest unrounded difference among those agreeing: the lag jitter).
--   Then the same for a clock-driven handoff, whose lag spreads over the sync period (up to an hour) and so over
--   several 15-minute steps: each offset in use (whole hours, and the half and quarter hours of India, Newfoundland,
--   Nepal, South Australia and others) counts the differences within the hour on the side the lag puts them
--   ($lagging_side 'aware', the middleware picking records up after they were written: offset - 60 < difference
--   <= offset; 'naive': offset <= difference < offset + 60). Lags over most of an hour fill the true offset's
--   window only; short lags also fit a neighbour half an hour off, and the tie goes to the offset nearest the
--   differences on the lagging side (a lag is never negative). window_offset_minutes, window_agreeing,
--   window_spread_minutes (NULL when $lagging_side is NULL, which side lags being unknown, or no pair falls in any
--   window).
WITH pairs AS (
    SELECT (epoch(wall) - epoch(instant)) / 60 AS difference
    FROM offset_pairs
),
offsets_in_use AS (
    SELECT unnest(list_concat(range(-720, 841, 60), [-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825])) AS offset_minutes
),
candidates AS (
    SELECT CAST(round(difference / 15) * 15 AS INTEGER) AS offset_minutes, difference
    FROM pairs
),
best AS (
    SELECT offset_minutes, count(*) AS agreeing, max(difference) - min(difference) AS spread
    FROM candidates
    WHERE offset_minutes IN (SELECT offset_minutes FROM offsets_in_use)
    GROUP BY offset_minutes
    ORDER BY agreeing DESC, abs(offset_minutes), offset_minutes
    LIMIT 1
),
windowed AS (
    SELECT h.offset_minutes, p.difference
    FROM offsets_in_use AS h
    JOIN pairs p ON CASE $lagging_side
        WHEN 'aware' THEN p.difference > h.offset_minutes - 60 AND p.difference <= h.offset_minutes
        WHEN 'naive' THEN p.difference >= h.offset_minutes AND p.difference < h.offset_minutes + 60
    END
),
window_best AS (
    SELECT offset_minutes, count(*) AS agreeing, max(difference) - min(difference) AS spread
    FROM windowed
    GROUP BY offset_minutes
    ORDER BY agreeing DESC, CASE $lagging_side WHEN 'aware' THEN offset_minutes ELSE -offset_minutes END
    LIMIT 1
)
SELECT
    (SELECT CAST(count(*) AS INTEGER) FROM pairs) AS matches,
    best.offset_minutes,
    CAST(best.agreeing AS INTEGER) AS agreeing,
    round(best.spread, 2) AS spread_minutes,
    CAST(window_best.offset_minutes AS INTEGER) AS window_offset_minutes,
    CAST(window_best.agreeing AS INTEGER) AS window_agreeing,
    round(window_best.spread, 2) AS window_spread_minutes
FROM (SELECT 1) AS one
LEFT JOIN best ON true
LEFT JOIN window_best ON true;
