-- Purpose: the keys a JSON staging table's records use: top-level keys and, one level down, dotted nested keys
--          (e.g. event.timestamp), read from a sample of valid records.
-- Params: $sample_rows how many records to look at.
-- Returns: rows (key), sorted.
WITH sample AS (
    SELECT line FROM temp.stage WHERE line IS NOT NULL AND json_valid(line) LIMIT $sample_rows
),
top_keys AS (
    SELECT DISTINCT unnest(json_keys(line)) AS key FROM sample
),
nested AS (
    SELECT DISTINCT top_keys.key || '.' || unnest(json_keys(sample.line, '$."' || top_keys.key || '"')) AS key
    FROM sample, top_keys
    WHERE json_type(sample.line, '$."' || top_keys.key || '"') = 'OBJECT'
)
SELECT key FROM top_keys
UNION
SELECT key FROM nested
ORDER BY key;
