-- Purpose: the cycle ticks, within a range, of every path the sync-mode analysis found clock-driven or mixed (with a
--          period). analysis_sync_mode keeps the period but not the phase, so the phase is read off the path's own
--          batches near the range: an event more than $batch_gap_s after the path's previous one starts a batch (as
--          in sync-mode-batches.sql); the batch starts' offsets modulo the period are binned one tolerance wide
--          (the tolerance_s sync-mode used), the fullest bin with its neighbours is the peak, and the phase is the
--          median offset within 1.5 tolerances of it, measured around the circle so a phase near 0 is not split.
--          Reading batches near the range keeps the ticks on the batches shown even where the rounded period
--          drifts over weeks.
-- Params: $from, $to (ISO instants); $margin_cycles: periods either side of the range whose batches count;
--         $batch_gap_s DOUBLE; $max_ticks INTEGER. Needs analysis_events and analysis_sync_mode.
-- Returns: one row per clock or mixed path (path, mode, period_s, phase_s or NULL when no batch is near,
--          tick_count, ticks_ms: DOUBLE[] of epoch ms, empty when tick_count > $max_ticks or the phase is unknown).
WITH clocks AS (
    SELECT path, mode, CAST(period_s AS DOUBLE) AS period, greatest(CAST(tolerance_s AS DOUBLE), 1.0) AS tol
    FROM analysis_sync_mode
    WHERE mode IN ('clock', 'mixed') AND period_s > 0
),
nearby AS (
    SELECT c.path, epoch_ms(e.ts) / 1000 AS t
    FROM analysis_events e
    JOIN clocks c ON e.eff_path = c.path
    WHERE e.ts BETWEEN $from::TIMESTAMPTZ - to_seconds(c.period * $margin_cycles)
                   AND $to::TIMESTAMPTZ + to_seconds(c.period * $margin_cycles)
),
starts AS (
    SELECT path, t
    FROM (SELECT path, t, t - lag(t) OVER (PARTITION BY path ORDER BY t) AS gap FROM nearby)
    WHERE gap IS NULL OR gap > $batch_gap_s
),
offsets AS (
    SELECT s.path, c.period, c.tol, fmod(s.t, c.period) AS off
    FROM starts s
    JOIN clocks c USING (path)
),
bins AS (
    SELECT path, CAST(floor(off / tol) AS BIGINT) AS bin, any_value(tol) AS tol, count(*) AS n
    FROM offsets
    GROUP BY path, bin
),
peaks AS (
    SELECT path, (bin + 0.5) * tol AS centre
    FROM (
        SELECT path, bin, tol, sum(n) OVER (PARTITION BY path ORDER BY bin RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near
        FROM bins
    )
    QUALIFY row_number() OVER (PARTITION BY path ORDER BY near DESC, bin) = 1
),
phases AS (
    SELECT path, fmod(centre + median(d) + period, period) AS phase
    FROM (
        SELECT o.path, o.period, o.tol, p.centre,
               fmod(o.off - p.centre + 1.5 * o.period, o.period) - o.period / 2 AS d
        FROM offsets o
        JOIN peaks p USING (path)
    )
    WHERE abs(d) <= 1.5 * tol
    GROUP BY path, centre, period
),
spans AS (
    SELECT c.path, c.mode, c.period, p.phase,
           CAST(ceil((epoch_ms($from::TIMESTAMPTZ) / 1000 - p.phase) / c.period) AS BIGINT) AS k_first,
           CAST(floor((epoch_ms($to::TIMESTAMPTZ) / 1000 - p.phase) / c.period) AS BIGINT) AS k_last
    FROM clocks c
    LEFT JOIN phases p USING (path)
)
SELECT path,
       mode,
       period AS period_s,
       phase AS phase_s,
       CAST(coalesce(greatest(k_last - k_first + 1, 0), 0) AS INTEGER) AS tick_count,
       CASE WHEN phase IS NOT NULL AND k_last - k_first + 1 BETWEEN 1 AND $max_ticks
            THEN list_transform(range(k_first, k_last + 1), k -> (phase + k * period) * 1000)
            ELSE []::DOUBLE[]
       END AS ticks_ms
FROM spans
ORDER BY path;
