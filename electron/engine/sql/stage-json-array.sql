-- Purpose: read a JSON document file (gzip or not) into the temporary staging table: each element of a top-level
--          array, or each object printed over several lines, as one row of JSON text.
-- Params: $path the file.
-- Returns: nothing; creates temp.stage(line) in file order. A malformed document fails the whole file.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT json::VARCHAR AS line
FROM read_json_objects($path, format = 'auto');
