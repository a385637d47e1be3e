-- Purpose: the sources manifest as the findings list it, with each file's time range and the gaps in it.
-- Params: $min_gap_s the shortest silence reported as a gap; $gap_factor how many times a file's usual daily pause
--         (the median over its days of the longest silence starting that day) a silence must last to count, so a
--         ledger's nights are not gaps but its missing working day is.
-- Params note: needs analysis_ledger_repeats and analysis_events_repeats (analysis-*-repeats.sql); a file whose rows
--         repeat another export's says so in its warnings.
-- Returns: one row per imported file, in import order; first_ts, last_ts and gaps (up to 3, longest first, each
--          {from, to}) are null for files without times.
WITH times AS (
    SELECT source_id, ts FROM events WHERE ts IS NOT NULL
    UNION ALL
    SELECT source_id, ts FROM ledger WHERE ts IS NOT NULL
    UNION ALL
    SELECT source_id, captured_at FROM snapshots WHERE captured_at IS NOT NULL
    UNION ALL
    -- A snapshot without a capture column was taken when its file name says.
    SELECT source_id, captured_at FROM sources WHERE captured_at IS NOT NULL
),
-- Hours with rows, not rows: a gap is found from a few thousand buckets instead of a sort of every row.
hours AS (
    SELECT source_id, time_bucket(INTERVAL 1 HOUR, ts) AS hour, min(ts) AS first_in, max(ts) AS last_in
    FROM times
    GROUP BY ALL
),
steps AS (
    SELECT source_id,
           lag(last_in) OVER by_hour AS gap_from,
           first_in AS gap_to,
           epoch(hour) - epoch(lag(hour) OVER by_hour) AS step_s
    FROM hours
    WINDOW by_hour AS (PARTITION BY source_id ORDER BY hour)
),
spans AS (
    SELECT h.source_id, min(h.first_in) AS first_ts, max(h.last_in) AS last_ts
    FROM hours h
    GROUP BY h.source_id
),
daily_pauses AS (
    SELECT source_id, time_bucket(INTERVAL 1 DAY, gap_from) AS day, max(step_s) AS longest_s
    FROM steps
    WHERE step_s IS NOT NULL
    GROUP BY ALL
),
usual AS (
    SELECT source_id, median(longest_s) AS pause_s
    FROM daily_pauses
    GROUP BY source_id
),
gaps AS (
    SELECT st.source_id, st.gap_from, st.gap_to,
           row_number() OVER (PARTITION BY st.source_id ORDER BY epoch(st.gap_to) - epoch(st.gap_from) DESC) AS rank
    FROM steps st
    JOIN usual u USING (source_id)
    WHERE st.step_s IS NOT NULL
      AND epoch(st.gap_to) - epoch(st.gap_from) >= greatest($min_gap_s, $gap_factor * u.pause_s)
),
gap_lists AS (
    SELECT source_id,
           list({'from': ds_iso(gap_from), 'to': ds_iso(gap_to)} ORDER BY epoch(gap_to) - epoch(gap_from) DESC) AS gaps
    FROM gaps
    WHERE rank <= 3
    GROUP BY source_id
),
repeats AS (
    SELECT r.source_id, count(*) AS rows, min(k.file_name) AS kept_file
    FROM (SELECT * FROM analysis_ledger_repeats UNION ALL SELECT * FROM analysis_events_repeats) r
    JOIN sources k ON k.source_id = r.kept_source_id
    GROUP BY r.source_id
)
SELECT coalesce(s.relative_path, s.file_name) AS file, s.sha256, s.bytes, s.system, s.kind,
       coalesce(s.preset_id, 'mapping') AS preset, s.tz_rule,
       nullif(concat_ws('; ', s.warnings, CASE WHEN rp.rows > 0 THEN format(
           '{} row(s) repeat rows of {} (the same records exported twice) and are counted once', rp.rows, rp.kept_file)
       END), '') AS warnings,
       s.rows_loaded, s.rows_rejected AS rejected,
       ds_iso(sp.first_ts) AS first_ts, ds_iso(sp.last_ts) AS last_ts,
       CASE WHEN sp.first_ts IS NULL THEN NULL ELSE coalesce(g.gaps, []) END AS gaps
FROM sources s
LEFT JOIN spans sp USING (source_id)
LEFT JOIN gap_lists g USING (source_id)
LEFT JOIN repeats rp USING (source_id)
ORDER BY s.source_id;
