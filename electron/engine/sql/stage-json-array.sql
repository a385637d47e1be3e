-- Purpose: read a JSON document file (gzip or not) into the temporary staging table: each element of a top-level
--          array, or each object printed over several lines, as one row of JSON text. A file that is one object
--          wrapping its records in an array property named like a record list (an API response such as
--          {"errors": [...], "nextPageURL": null}, or NetSuite's {"links": [...], "items": [...], "hasMore": true}),
--          or in its only property, is unwrapped: each element of that array is a record, numbered from 1 in array
--          order, and the envelope's other properties (paging links, counts) are left out.
-- Params: $path the file; $record_keys the lower-case property names that hold a response's records.
-- Returns: nothing; creates temp.stage(line) in file order. A malformed document fails the whole file.
CREATE OR REPLACE TEMP TABLE stage AS
WITH documents AS MATERIALIZED (
    SELECT json AS doc FROM read_json_objects($path, format = 'auto')
),
-- The envelope's arrays of objects: its record list, and perhaps paging links beside it (NetSuite's REST responses
-- hold `links` and `items`). The records are the one such array named like a record list, or the only property of
-- an object that holds nothing else (Shopify's REST `{"inventory_levels": [...]}`).
arrays AS (
    SELECT key, doc
    FROM (SELECT unnest(json_keys(doc)) AS key, doc FROM documents WHERE json_type(doc) = 'OBJECT')
    WHERE json_type(doc, '$."' || key || '"') = 'ARRAY' AND json_type(doc, '$."' || key || '"[0]') = 'OBJECT'
),
wrapper AS (
    SELECT any_value(key) AS key, any_value(doc) AS doc
    FROM arrays
    WHERE lower(key) IN (SELECT unnest($record_keys::VARCHAR[])) OR len(json_keys(doc)) = 1
    HAVING count(*) = 1 AND (SELECT count(*) FROM documents) = 1
),
records AS (
    SELECT CAST(json_extract(doc, '$."' || key || '"') AS JSON[]) AS items FROM wrapper
)
SELECT line
FROM (
    SELECT CAST(items[i] AS VARCHAR) AS line, i AS ordinal
    FROM records, range(1, len(items) + 1) AS r(i)
    UNION ALL
    SELECT CAST(doc AS VARCHAR) AS line, row_number() OVER () AS ordinal
    FROM documents
    WHERE NOT EXISTS (SELECT 1 FROM wrapper)
)
ORDER BY ordinal;
