-- Purpose: the SKU x locations the consultant starred (the report gives each a page of its own).
-- Params: none.
-- Returns: rows (sku, location, starred_at), in the order they were starred; starred_at as an ISO instant in UTC.
SELECT sku, location, strftime(starred_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS starred_at
FROM starred_skus
ORDER BY starred_skus.starred_at, sku, location;
