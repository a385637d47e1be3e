-- Purpose: read a Parquet file into the temporary staging table, every value as text like the other shapes.
-- Params: $path the file.
-- Returns: nothing; creates temp.stage in file order.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT COLUMNS(*)::VARCHAR
FROM read_parquet($path);
