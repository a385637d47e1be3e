-- Purpose: read a delimited text file (any sniffed delimiter, gzip or not) into the temporary staging table, every
--          value as text so nothing is lost to a wrong type guess; malformed lines go to the reject tables.
-- Params: $path the file, UTF-8 text (other encodings are read through a UTF-8 copy, transcode-file.ts).
-- Returns: nothing; creates temp.stage (one row per record, in file order) and temp.csv_reject_errors.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT *
FROM read_csv(
    $path,
    all_varchar = true,
    header = true,
    skip = 0,
    store_rejects = true,
    rejects_table = 'csv_reject_errors',
    rejects_scan = 'csv_reject_scans'
);
