-- Purpose: the keys a JSON staging table's records use: top-level keys and, two levels down, dotted nested keys
--          (event.timestamp, content.payload.sku), read from a sample of valid records. Loggers nest the record
--          they carried under an envelope (MuleSoft's json-logger: content.payload.*), hence the second level.
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
),
nested_objects AS (
    SELECT DISTINCT nested.key, '$."' || replace(nested.key, '.', '"."') || '"' AS path
    FROM sample, nested
    WHERE json_type(sample.line, '$."' || replace(nested.key, '.', '"."') || '"') = 'OBJECT'
),
deeper AS (
    SELECT DISTINCT nested_objects.key || '.' || unnest(json_keys(sample.line, nested_objects.path)) AS key
    FROM sample, nested_objects
    WHERE json_type(sample.line, nested_objects.path) = 'OBJECT'
)
SELECT key FROM top_keys
UNION
SELECT key FROM nested
UNION
SELECT key FROM deeper
ORDER BY key;
