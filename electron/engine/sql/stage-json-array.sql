-- Purpose: read a JSON array file (gzip or not) into the temporary staging table, one element's JSON text per row.
-- Params: $path the file.
-- Returns: nothing; creates temp.stage(line) in file order. A malformed array fails the whole file.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT json::VARCHAR AS line
FROM read_json_objects($path, format = 'array');
