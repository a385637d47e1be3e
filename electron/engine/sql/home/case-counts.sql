-- Purpose: the case home's summary strip: distinct SKUs, rows per canonical table, files, rejects and the time span.
-- Params: none.
-- Returns: one row (skus, events, ledger_rows, snapshots, sources, rejects, first_instant, last_instant); the
--          instants as ISO text in UTC, NULL when no row carries a time.
WITH skus AS (
    SELECT sku FROM events WHERE sku IS NOT NULL
    UNION
    SELECT sku FROM ledger
    UNION
    SELECT sku FROM snapshots
),
spans AS (
    SELECT min(ts) AS first_at, max(ts) AS last_at FROM events
    UNION ALL
    SELECT min(ts), max(ts) FROM ledger
    UNION ALL
    SELECT min(coalesce(captured_at, last_modified)), max(coalesce(captured_at, last_modified)) FROM snapshots
)
SELECT (SELECT count(*) FROM skus)::BIGINT AS skus,
       (SELECT count(*) FROM events)::BIGINT AS events,
       (SELECT count(*) FROM ledger)::BIGINT AS ledger_rows,
       (SELECT count(*) FROM snapshots)::BIGINT AS snapshots,
       (SELECT count(*) FROM sources)::BIGINT AS sources,
       (SELECT count(*) FROM rejects)::BIGINT AS rejects,
       strftime(timezone('UTC', (SELECT min(first_at) FROM spans)), '%Y-%m-%dT%H:%M:%SZ') AS first_instant,
       strftime(timezone('UTC', (SELECT max(last_at) FROM spans)), '%Y-%m-%dT%H:%M:%SZ') AS last_instant;
