-- Purpose: re-read a delimited file no preset recognises with DuckDB's sniffed column types, so its raw table
--          sorts and filters numbers and times as such; values that do not fit the sniffed type go to rejects.
-- Params: $path the file, UTF-8 text (other encodings are read through a UTF-8 copy, transcode-file.ts).
-- Returns: nothing; creates temp.stage (one row per record, in file order) and temp.csv_reject_errors.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT *
FROM read_csv(
    $path,
    header = true,
    skip = 0,
    store_rejects = true,
    rejects_table = 'csv_reject_errors',
    rejects_scan = 'csv_reject_scans'
);
