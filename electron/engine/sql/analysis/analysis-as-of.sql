-- Purpose: the instant every system's figure is rolled to: the one asked for, else the latest capture of a snapshot
--          file (an instant at least half of one file's rows were captured at: a stream of levels stamped one by one,
--          such as webhooks, is history, not the snapshot the comparison is about), else the latest capture, else
--          (a case without snapshots) the latest transaction or event, else now.
-- Params: $as_of: an ISO instant or NULL.
-- Returns: one row (as_of VARCHAR, ISO 8601 UTC).
SELECT strftime(
           coalesce(
               $as_of::TIMESTAMPTZ,
               (SELECT max(capture_ts) FROM (
                    SELECT capture_ts, count(*) AS rows_at, sum(count(*)) OVER (PARTITION BY source_id) AS file_rows
                    FROM analysis_snapshots
                    GROUP BY source_id, capture_ts
                ) WHERE rows_at * 2 >= file_rows),
               (SELECT max(capture_ts) FROM analysis_snapshots),
               greatest((SELECT max(ts) FROM events), (SELECT max(ts) FROM ledger)),
               now()
           ) AT TIME ZONE 'UTC',
           '%Y-%m-%dT%H:%M:%S.%gZ'
       ) AS as_of;
