-- Purpose: which ways to the nested records a file's records used, and how many records each gave (a match reason).
-- Params: none.
-- Returns: rows (way, records, file_records) by way: the way's number in its rule, the records read by it and the
--          file lines they came from (JSON lines; in a document every record has a number of its own).
SELECT way, count(*) AS records, count(DISTINCT line_base) AS file_records
FROM temp.stage
WHERE way IS NOT NULL
GROUP BY way
ORDER BY way;
