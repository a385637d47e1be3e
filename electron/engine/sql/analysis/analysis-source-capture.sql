-- Purpose: when each snapshot file without a capture column was captured: the date-time in its file name (read at
--          import into sources.captured_at), else its modification time, unless that time is more than a day after
--          every record and every stated capture in the case, or more than a day before every record. A file copied
--          long after the export (from a share, a mail, a USB stick) carries the copy's time, which would compare its
--          figures at a moment no record reaches; a file whose time was reset (an archive extracted with its own
--          times, a machine clock behind) is as wrong the other way. Such a file is read as captured at the latest
--          stated capture (a file name, or a capture column that dates a whole export rather than a stream of
--          levels), else at the latest record.
-- Params: none.
-- Returns: nothing; (re)creates the temp table analysis_source_capture(source_id, capture_ts, captured_by), one row
--          per snapshot file: a table, not a view, since every read of analysis_snapshots joins it and the latest
--          record is one pass over the events and the ledger.
CREATE OR REPLACE TEMP TABLE analysis_source_capture AS
WITH stated AS (
    -- A capture column counts where at least half of its file's rows share the instant: a stream of levels stamped
    -- one by one (webhooks) says when each level was seen, not when an export was taken.
    SELECT greatest(
               (SELECT max(captured_at) FROM (
                    SELECT captured_at, count(*) AS rows_at, sum(count(*)) OVER (PARTITION BY source_id) AS file_rows
                    FROM snapshots
                    GROUP BY source_id, captured_at
                ) WHERE captured_at IS NOT NULL AND rows_at * 2 >= file_rows),
               (SELECT max(captured_at) FROM sources WHERE kind = 'snapshots')
           ) AS latest
),
activity AS (
    SELECT greatest((SELECT max(ts) FROM events), (SELECT max(ts) FROM ledger), (SELECT latest FROM stated)) AS latest,
           least((SELECT min(ts) FROM events), (SELECT min(ts) FROM ledger)) AS earliest
),
judged AS (
    SELECT src.source_id, src.captured_at, src.modified_at, st.latest AS stated_latest, a.latest,
           CASE
               WHEN a.latest IS NOT NULL AND src.modified_at > a.latest + INTERVAL 1 DAY THEN 'after'
               WHEN a.earliest IS NOT NULL AND src.modified_at < a.earliest - INTERVAL 1 DAY THEN 'before'
           END AS outside
    FROM sources src, activity a, stated st
    WHERE src.kind = 'snapshots'
)
SELECT source_id,
       CASE
           WHEN captured_at IS NOT NULL THEN captured_at
           WHEN outside IS NULL THEN modified_at
           ELSE coalesce(stated_latest, latest)
       END AS capture_ts,
       CASE
           WHEN captured_at IS NOT NULL THEN 'file name'
           WHEN outside IS NULL THEN 'file modification time'
           ELSE format('{} (its file was modified at {}, {} every record)',
                       CASE WHEN stated_latest IS NOT NULL THEN 'the latest stated capture' ELSE 'the latest record' END,
                       strftime(modified_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M UTC'), outside)
       END AS captured_by
FROM judged;
