-- Purpose: read a JSON-lines file (gzip or not) into the temporary staging table one raw line per row, so a
--          truncated or garbage line is kept as evidence instead of being skipped by a JSON reader.
-- Params: $path the file, UTF-8 text (other encodings are read through a UTF-8 copy, transcode-file.ts).
-- Returns: nothing; creates temp.stage(line) in file order (blank lines as NULL) and temp.csv_reject_errors.
CREATE OR REPLACE TEMP TABLE stage AS
SELECT line
FROM read_csv(
    $path,
    columns = {'line': 'VARCHAR'},
    header = false,
    auto_detect = false,
    delim = E'\x01',
    quote = '',
    escape = '',
    store_rejects = true,
    rejects_table = 'csv_reject_errors',
    rejects_scan = 'csv_reject_scans'
);
