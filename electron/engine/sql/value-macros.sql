-- Purpose: value readers shared by every import (persistent macros, recreated when a case opens).
-- Params: none.
-- Returns: nothing. ds_number(text): the number a cell holds ("1,234.5", "-3", " 7 ", "(3)", "3-", "$1,234.00") or
--          NULL; ds_number_written(text): the same for the spellings a cast does not read (see below);
--          ds_blank_to_null(text): trimmed text, NULL when empty.
-- trim copies every value it is given, which cost more than the rest of the conversion: only a value that starts
-- or ends with a space (all DuckDB's trim removes) is trimmed. t is written several times, so an expensive argument
-- is bound once by the caller (canonical-sql.ts) rather than passed in whole.
CREATE OR REPLACE MACRO ds_blank_to_null(t) AS
    CASE WHEN prefix(t, ' ') OR suffix(t, ' ') THEN nullif(trim(t), '') ELSE nullif(t, '') END;

-- Accounting spellings: thousands separators, a negative in parentheses (NetSuite's negative-number preference,
-- Excel's accounting format) or with a trailing minus (SAP), and a leading currency symbol. A value with two signs
-- ("(-3)", "-3-"), one parenthesis, or a comma that does not group thousands ("1,5" may be a decimal comma) is
-- ambiguous and stays unread. Cheapest first, each tried only where the one before gave NULL: thousands alone, a
-- plain number in parentheses, then the one pattern for every other spelling (costly, so last).
CREATE OR REPLACE MACRO ds_number_written(t) AS coalesce(
    CASE WHEN contains(t, ',') AND regexp_full_match(t, '\s*[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?\s*')
        THEN TRY_CAST(replace(t, ',', '') AS DOUBLE) END,
    CASE WHEN prefix(t, '(') AND suffix(t, ')') AND NOT contains(t, '-') AND NOT contains(t, '+')
        THEN 0 - TRY_CAST(t[2:-2] AS DOUBLE) END,
    CASE WHEN regexp_full_match(t,
            '\s*(?:\(\s*[$€£¥]?\s*(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*\)'
            || '|[-+]\s*[$€£¥]?\s*(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)'
            || '|[$€£¥]?\s*(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*-?)\s*')
        -- Once the pattern holds, a parenthesis or a minus anywhere means negative, and only digits and a point remain.
        THEN TRY_CAST(CASE WHEN contains(t, '(') OR contains(t, '-') THEN '-' ELSE '' END || translate(t, '(),-+ $€£¥', '') AS DOUBLE)
    END
);

-- The cast reads a plain number (spaces around it too), all most cells hold; COALESCE tries the spellings above only
-- for the cells it left NULL. Measured on a million values: plain numbers 4x faster than the trim-and-pattern reader
-- this replaced; a column of thousands-separated values about 1.5x slower (the failed cast comes first).
CREATE OR REPLACE MACRO ds_number(t) AS coalesce(TRY_CAST(t AS DOUBLE), ds_number_written(t));
