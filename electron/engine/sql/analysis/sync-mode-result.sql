-- Purpose: decide per path whether the sync is clock-driven, event-driven, mixed or unknown, from the batches
--          (sync-mode-batches.sql) and lags (sync-mode-lags.sql) of its events, and say why in one sentence.
--          The period: batch-start gaps are binned on a scale where one bin is one tolerance wide (tolerance =
--          max($tol_abs, $tol_rel x gap)); the fullest bins (with their neighbours) are the candidates, each
--          refined to the median gap near it; a candidate's score is the share of all gaps within tolerance of
--          one of its integer multiples (empty cycles give 2P, 3P), corrected for the share random gaps would
--          reach by chance (2 x tolerance / P). The best-scoring candidate is the period, refined as the matching
--          gaps' total over their total cycles (jitter averages out); jitter_s is the 90th percentile of how far
--          a matching gap sits from its multiple.
--          Rules, in order: fewer than $min_events timed events -> unknown; busy (inside a batch) at least
--          $busy_share of the time -> event (a continuous flow); fewer than $min_batches batches -> unknown;
--          period share at least $clock_share - $clock_band and the events follow their source rows closely
--          (at least $lag_matched_share of the sampled events paired, 90th percentile lag under
--          $lag_period_share x P) -> event;
--          share at least $clock_share + $clock_band -> clock; share within $clock_band of $clock_share -> mixed
--          when both schedule and listener triggers are recorded, clock when the schedule triggers nearly all,
--          else clock from $clock_share up; chance-corrected score at least $mixed_signal + $mixed_band -> mixed;
--          within $mixed_band of $mixed_signal -> mixed when both triggers are recorded, event when the listener
--          triggers nearly all, else mixed from $mixed_signal up; otherwise event when the gaps spread (90th over
--          10th percentile at least $spread_ratio) or at least $lag_matched_share of the sampled events pair with
--          source rows, else unknown.
--          Triggers are weighed by bucket of sync_mode_buckets (a schedule sends many events at once, a listener
--          one): "both" = the trigger is known in at least half the buckets and each kind appears in at least
--          $trigger_share of those; "nearly all" = the other kind appears in fewer than $trigger_share of them.
-- Params: $tol_abs, $tol_rel, $min_period_s, $min_cycles, $candidates, $min_events, $min_batches, $busy_share,
--         $clock_share, $clock_band, $mixed_signal, $mixed_band, $trigger_share, $spread_ratio,
--         $lag_matched_share, $lag_period_share (all DOUBLE or INTEGER; see sync-mode.ts).
--         Needs sync_mode_buckets, sync_mode_batches, sync_mode_lags and the macros of sync-mode-macros.sql.
-- Returns: nothing; (re)creates analysis_sync_mode(path, mode, rule, period_s, jitter_s, lag_s, events, timed,
--          batches, gaps, period_share, tolerance_s, empty_cycles, busy_share, lag_sampled, lag_matched,
--          scheduled, listener, evidence), one row per path that has events; rule names the rule that decided.
CREATE OR REPLACE TABLE analysis_sync_mode AS
WITH paths AS (
    SELECT path,
           CAST(sum(events) AS BIGINT) AS events,
           CAST(coalesce(sum(events) FILTER (WHERE first_t IS NOT NULL), 0) AS BIGINT) AS timed,
           CAST(sum(scheduled) AS BIGINT) AS scheduled,
           CAST(sum(listener) AS BIGINT) AS listener
    FROM sync_mode_buckets
    GROUP BY path
),
batch_stats AS (
    SELECT path,
           count(*) AS batches,
           sum(end_t - start_t) / nullif(max(end_t) - min(start_t), 0) AS busy_share
    FROM sync_mode_batches
    GROUP BY path
),
trigger_stats AS (
    SELECT path,
           count(*) AS buckets,
           count(*) FILTER (WHERE scheduled > 0 OR listener > 0) AS known_buckets,
           count(*) FILTER (WHERE scheduled > 0) AS scheduled_buckets,
           count(*) FILTER (WHERE listener > 0) AS listener_buckets
    FROM sync_mode_buckets
    WHERE first_t IS NOT NULL
    GROUP BY path
),
gaps AS MATERIALIZED (
    SELECT path, gap
    FROM (SELECT path, start_t - lag(start_t) OVER (PARTITION BY path ORDER BY start_t) AS gap FROM sync_mode_batches)
    WHERE gap IS NOT NULL
),
gap_stats AS (
    SELECT path,
           count(*) AS gaps,
           median(gap) AS gap_median,
           quantile_cont(gap, 0.1) AS gap_p10,
           quantile_cont(gap, 0.9) AS gap_p90
    FROM gaps
    GROUP BY path
),
binned AS MATERIALIZED (
    SELECT path,
           gap,
           CAST(floor(CASE
               WHEN gap <= $tol_abs / $tol_rel THEN gap / $tol_abs
               ELSE 1 / $tol_rel + ln(gap * $tol_rel / $tol_abs) / $tol_rel
           END) AS BIGINT) AS bin
    FROM gaps
    WHERE gap >= $min_period_s - $tol_abs
),
bins AS (
    SELECT path, bin, count(*) AS n FROM binned GROUP BY path, bin
),
peaks AS (
    SELECT path, bin
    FROM (
        SELECT path, bin, sum(n) OVER (PARTITION BY path ORDER BY bin RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near
        FROM bins
    )
    WHERE near >= $min_cycles
    QUALIFY row_number() OVER (PARTITION BY path ORDER BY near DESC, bin) <= $candidates
),
candidates AS (
    SELECT DISTINCT path, p0
    FROM (
        SELECT p.path, median(b.gap) AS p0
        FROM peaks p
        JOIN binned b ON b.path = p.path AND b.bin BETWEEN p.bin - 1 AND p.bin + 1
        GROUP BY p.path, p.bin
    )
    WHERE p0 >= $min_period_s
),
residuals AS (
    SELECT c.path,
           c.p0,
           greatest($tol_abs, $tol_rel * c.p0) AS tol,
           greatest(1, round(g.gap / c.p0)) AS k,
           g.gap
    FROM candidates c
    JOIN gaps g USING (path)
),
scored AS (
    SELECT path,
           p0,
           any_value(tol) AS tol,
           count(*) FILTER (WHERE abs(gap - k * p0) <= tol) / count(*) AS share,
           least(1.0, 2 * any_value(tol) / p0) AS chance
    FROM residuals
    GROUP BY path, p0
),
best AS (
    SELECT path, p0, tol, share, (share - chance) / (1 - chance) AS signal
    FROM scored
    QUALIFY row_number() OVER (PARTITION BY path ORDER BY (share - chance) / (1 - chance) DESC, p0 DESC) = 1
),
fit AS (
    SELECT b.path,
           any_value(b.tol) AS tol,
           any_value(b.share) AS share,
           any_value(b.signal) AS signal,
           sum(r.gap) / sum(r.k) AS period,
           quantile_cont(abs(r.gap - r.k * r.p0), 0.9) AS jitter,
           sum(r.k - 1) AS empty_cycles
    FROM best b
    JOIN residuals r ON r.path = b.path AND r.p0 = b.p0 AND abs(r.gap - r.k * r.p0) <= r.tol
    GROUP BY b.path
),
metrics AS (
    SELECT p.path,
           p.events,
           p.timed,
           p.scheduled,
           p.listener,
           coalesce(bs.batches, 0) AS batches,
           coalesce(bs.busy_share, 0) AS busy_share,
           coalesce(gs.gaps, 0) AS gaps,
           gs.gap_median,
           gs.gap_p10,
           gs.gap_p90,
           f.period,
           f.tol,
           f.jitter,
           f.empty_cycles,
           coalesce(f.share, 0) AS share,
           coalesce(f.signal, 0) AS signal,
           coalesce(l.sampled, 0) AS sampled,
           coalesce(l.matched, 0) AS matched,
           l.lag_median,
           l.lag_p90,
           tg.known_buckets >= 0.5 * tg.buckets
               AND tg.scheduled_buckets >= $trigger_share * tg.known_buckets
               AND tg.listener_buckets >= $trigger_share * tg.known_buckets AS both_triggers,
           tg.known_buckets >= 0.5 * tg.buckets
               AND tg.listener_buckets < $trigger_share * tg.known_buckets AS schedule_triggers,
           tg.known_buckets >= 0.5 * tg.buckets
               AND tg.scheduled_buckets < $trigger_share * tg.known_buckets AS listener_triggers
    FROM paths p
    LEFT JOIN batch_stats bs USING (path)
    LEFT JOIN trigger_stats tg USING (path)
    LEFT JOIN gap_stats gs USING (path)
    LEFT JOIN fit f USING (path)
    LEFT JOIN sync_mode_lags l USING (path)
),
ruled AS (
    SELECT *,
           CASE
               WHEN timed < $min_events THEN 'few_events'
               WHEN busy_share >= $busy_share THEN 'continuous'
               WHEN batches < $min_batches THEN 'few_batches'
               WHEN share >= $clock_share - $clock_band
                   AND matched >= $lag_matched_share * sampled
                   AND lag_p90 < $lag_period_share * period THEN 'source_lag'
               WHEN share >= $clock_share + $clock_band THEN 'clock'
               WHEN share >= $clock_share - $clock_band THEN CASE
                   WHEN both_triggers THEN 'mixed_by_trigger'
                   WHEN schedule_triggers THEN 'clock_by_trigger'
                   WHEN share >= $clock_share THEN 'clock'
                   ELSE 'mixed'
               END
               WHEN signal >= $mixed_signal + $mixed_band THEN 'mixed'
               WHEN signal >= $mixed_signal - $mixed_band AND both_triggers THEN 'mixed_by_trigger'
               WHEN signal >= $mixed_signal - $mixed_band AND listener_triggers THEN 'event_by_trigger'
               WHEN signal >= $mixed_signal THEN 'mixed'
               WHEN gap_p90 >= $spread_ratio * gap_p10 THEN 'aperiodic'
               WHEN matched > 0 AND matched >= $lag_matched_share * sampled THEN 'aperiodic'
               ELSE 'irregular'
           END AS rule
    FROM metrics
),
decided AS (
    SELECT *,
           CASE
               WHEN rule IN ('few_events', 'few_batches', 'irregular') THEN 'unknown'
               WHEN rule IN ('continuous', 'source_lag', 'event_by_trigger', 'aperiodic') THEN 'event'
               WHEN rule IN ('clock', 'clock_by_trigger') THEN 'clock'
               ELSE 'mixed'
           END AS mode
    FROM ruled
),
worded AS (
    SELECT *,
           CASE WHEN scheduled + listener = 0 THEN 'trigger not recorded'
                ELSE format('{} events triggered by schedule, {} by listener',
                            sync_mode_count(scheduled), sync_mode_count(listener))
           END AS trigger_words,
           CASE WHEN matched > 0
                THEN format('median lag {} s after the source transaction ({} of {} {}events paired)',
                            sync_mode_seconds(lag_median), sync_mode_count(matched), sync_mode_count(sampled),
                            CASE WHEN sampled < timed THEN 'sampled ' ELSE '' END)
           END AS lag_words,
           format('{} batches, {} of gaps within {} s of a multiple of {} s',
                  sync_mode_count(batches), sync_mode_percent(share), sync_mode_seconds(tol), sync_mode_seconds(period))
               || CASE WHEN empty_cycles > 0 THEN format(' ({} empty cycles)', sync_mode_count(empty_cycles)) ELSE '' END
               AS period_words
    FROM decided
)
SELECT path,
       mode,
       rule,
       CASE WHEN mode IN ('clock', 'mixed') THEN round(period) END AS period_s,
       CASE WHEN mode IN ('clock', 'mixed') THEN round(jitter, 1) END AS jitter_s,
       CASE WHEN mode IN ('event', 'mixed') AND matched > 0 AND matched >= $lag_matched_share * sampled
            THEN round(lag_median, 1) END AS lag_s,
       events,
       timed,
       batches,
       gaps,
       round(share, 3) AS period_share,
       round(tol, 1) AS tolerance_s,
       empty_cycles,
       round(busy_share, 3) AS busy_share,
       sampled AS lag_sampled,
       matched AS lag_matched,
       scheduled,
       listener,
       CASE rule
           WHEN 'few_events' THEN format('only {} timed events (fewer than {}): too few to tell',
                                         sync_mode_count(timed), sync_mode_count($min_events))
           WHEN 'few_batches' THEN format('{} timed events in only {} batches (fewer than {}): too few to tell',
                                          sync_mode_count(timed), sync_mode_count(batches), sync_mode_count($min_batches))
           WHEN 'continuous' THEN format('{} events arrive continuously (inside a batch {} of the time, median {} s between batches); ',
                                         sync_mode_count(timed), sync_mode_percent(busy_share), sync_mode_seconds(gap_median))
                                  || coalesce(lag_words || '; ', '') || trigger_words
           WHEN 'source_lag' THEN format('{} batches recur every {} s ({} of gaps on a multiple), but the events follow their source transactions: 90% within {} s ({} of {} {}events paired); ',
                                         sync_mode_count(batches), sync_mode_seconds(period), sync_mode_percent(share),
                                         sync_mode_seconds(lag_p90), sync_mode_count(matched), sync_mode_count(sampled),
                                         CASE WHEN sampled < timed THEN 'sampled ' ELSE '' END)
                                  || trigger_words
           WHEN 'clock' THEN format('{}, jitter {} s; {}', period_words, sync_mode_seconds(jitter), trigger_words)
           WHEN 'clock_by_trigger' THEN format('{}, jitter {} s; {} (the schedule decides)',
                                               period_words, sync_mode_seconds(jitter), trigger_words)
           WHEN 'aperiodic' THEN 'no dominant period'
                                 || CASE WHEN period IS NOT NULL
                                         THEN format(' (the best candidate, {} s, fits {} of gaps)',
                                                     sync_mode_seconds(period), sync_mode_percent(share))
                                         ELSE '' END
                                 || format('; gaps spread from {} s to {} s (10th to 90th percentile, median {} s); ',
                                           sync_mode_seconds(gap_p10), sync_mode_seconds(gap_p90), sync_mode_seconds(gap_median))
                                 || coalesce(lag_words || '; ', '') || trigger_words
           WHEN 'event_by_trigger' THEN format('only a weak period ({} of gaps fit {} s); {} (the listener decides)',
                                              sync_mode_percent(share), sync_mode_seconds(period), trigger_words)
                                        || coalesce('; ' || lag_words, '')
           WHEN 'irregular' THEN format('no period and no spread: gaps from {} s to {} s (10th to 90th percentile) in {} batches; {}',
                                        sync_mode_seconds(gap_p10), sync_mode_seconds(gap_p90), sync_mode_count(batches), trigger_words)
           ELSE format('{}, the other {}% off-cycle; {}{}', period_words, 100 - CAST(round(100 * share) AS INTEGER), trigger_words,
                       CASE WHEN rule = 'mixed_by_trigger' THEN ' (the triggers decide)' ELSE '' END)
                || coalesce('; ' || lag_words, '')
       END AS evidence
FROM worded;
