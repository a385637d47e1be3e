-- Purpose: for each line the reader refused, how many refused lines precede the records after it, so staged
--          rows can be given their line number in the file (record number + header + refused lines before it).
--          Consecutive refused lines share one from_record; the last of them carries the full count.
-- Params: $header_lines 1 for a file with a header row, else 0.
-- Returns: nothing; creates temp.reject_offsets(from_record, rejected_before), one row per from_record.
CREATE OR REPLACE TEMP TABLE reject_offsets AS
SELECT from_record, max(rejected_before) AS rejected_before
FROM (
    SELECT
        line - $header_lines - row_number() OVER (ORDER BY line) + 1 AS from_record,
        row_number() OVER (ORDER BY line) AS rejected_before
    FROM (SELECT DISTINCT line FROM temp.csv_reject_errors)
)
GROUP BY from_record;
