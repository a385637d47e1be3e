-- Purpose: load one delimited text file into a new raw table, recording malformed rows instead of failing.
-- Identifiers: {{table}} the new table.
-- Params: $path the file (plain or gzipped; delimiter, quoting and header are sniffed).
-- Returns: nothing; malformed rows land in the temporary tables csv_reject_errors / csv_reject_scans.
CREATE TABLE {{table}} AS
SELECT *
FROM read_csv(
    $path,
    store_rejects = true,
    rejects_table = 'csv_reject_errors',
    rejects_scan = 'csv_reject_scans'
);
