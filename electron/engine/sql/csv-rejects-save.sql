-- Purpose: copy the last CSV load's malformed lines into the case's rejects, one row per input line.
-- Params: $source_id the file's manifest id; $max_line_chars how much of each raw line to keep.
-- Returns: nothing.
INSERT INTO rejects (source_id, line_number, raw_line, reason)
SELECT
    $source_id,
    line,
    left(any_value(csv_line), $max_line_chars),
    string_agg(
        error_type || ': ' || error_message || coalesce(' (column ' || column_name || ')', ''),
        '; ' ORDER BY column_idx
    )
FROM temp.csv_reject_errors
GROUP BY line
ORDER BY line;
