-- Purpose: copy the lines the reader refused while staging into the case's rejects, one row per input line.
-- Params: $source_id the file's manifest id; $max_line_chars how much of each raw line to keep.
-- Returns: nothing.
INSERT INTO rejects (source_id, line_number, raw_line, reason)
SELECT
    $source_id,
    line,
    -- In a CRLF file the reader's copy of a line can start with the line feed of the line before it.
    left(ltrim(any_value(csv_line), chr(10) || chr(13)), $max_line_chars),
    CASE
        -- A JSON-lines file is read one line per value with a control character as the separator, so a line
        -- that holds one is binary data, whatever the reader's column count says.
        WHEN regexp_matches(any_value(csv_line), '[\x00-\x08\x0b\x0c\x0e-\x1f]') THEN 'not a text line: holds binary or control characters'
        -- The reader reports one error per missing column; the first says what is wrong with the line.
        ELSE arg_min(error_type || ': ' || error_message || coalesce(' (column ' || column_name || ')', ''), column_idx)
    END
FROM temp.csv_reject_errors
GROUP BY line
ORDER BY line;
