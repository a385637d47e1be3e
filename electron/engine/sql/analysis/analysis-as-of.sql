-- Purpose: the instant every system's figure is rolled to: the one asked for, else the latest snapshot capture,
--          else (a case without snapshots) the latest transaction or event, else now.
-- Params: $as_of: an ISO instant or NULL.
-- Returns: one row (as_of VARCHAR, ISO 8601 UTC).
SELECT strftime(
           coalesce(
               $as_of::TIMESTAMPTZ,
               (SELECT max(capture_ts) FROM analysis_snapshots),
               greatest((SELECT max(ts) FROM events), (SELECT max(ts) FROM ledger)),
               now()
           ) AT TIME ZONE 'UTC',
           '%Y-%m-%dT%H:%M:%S.%gZ'
       ) AS as_of;
