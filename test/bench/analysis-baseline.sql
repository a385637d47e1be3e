-- Purpose: the analysis benchmark's baseline: one bare DuckDB pass that sums each system's changes per SKU x location
--          over the whole ledger and event log, the least any drift analysis must read.
-- Params: none.
-- Returns: the number of SKU x location x system groups.
SELECT count(*) AS groups
FROM (
    SELECT system, sku, location, sum(qty_delta) AS delta FROM ledger GROUP BY ALL
    UNION ALL
    SELECT path, sku, location, sum(qty) FROM events GROUP BY ALL
);
