-- Purpose: find the canonical row an event annotation points at, to check it exists and to file the annotation
--          under the row's SKU and location.
-- Params: $source_id; $line_number (NULL for a source without line numbers).
-- Returns: zero or one row (table_name, sku, location); zero when the case has no such file, the file did not load
--          into events, ledger or snapshots, or it has no such line.
WITH source_table AS (
    SELECT table_name FROM sources WHERE source_id = $source_id
),
candidates AS (
    SELECT 'events' AS table_name, sku, location FROM events
    WHERE source_id = $source_id AND line_number IS NOT DISTINCT FROM $line_number
    UNION ALL
    SELECT 'ledger', sku, location FROM ledger
    WHERE source_id = $source_id AND line_number IS NOT DISTINCT FROM $line_number
    UNION ALL
    SELECT 'snapshots', sku, location FROM snapshots
    WHERE source_id = $source_id AND line_number IS NOT DISTINCT FROM $line_number
)
SELECT c.table_name, c.sku, c.location
FROM candidates c
JOIN source_table t USING (table_name)
LIMIT 1;
