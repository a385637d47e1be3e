-- Purpose: value readers shared by every import (persistent macros, recreated when a case opens).
-- Params: none.
-- Returns: nothing. ds_number(text): the number a cell holds ("1,234.5", "-3", " 7 ", "(3)", "3-", "$1,234.00") or
--          NULL; ds_number_written(text): the same for the spellings a cast does not read (see below);
--          ds_number_decimal_comma(text): the same for a column written with decimal commas ("1.234,5", "3,000-");
--          ds_decimal_mark(text): 'comma' or 'point' when the value can only be read with that decimal mark;
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

-- A column written with decimal commas (German, French, SAP exports: "1.234,50", "5,000" for five): points may
-- only group thousands, and the comma becomes the point before the reader above. "3.0000" in such a column is
-- neither spelling and stays unread.
CREATE OR REPLACE MACRO ds_number_decimal_comma(t) AS ds_number(
    CASE
        WHEN NOT contains(t, '.') THEN replace(t, ',', '.')
        WHEN regexp_full_match(t, '[^0-9.,]*(?:[0-9]{1,3}(?:\.[0-9]{3})+)(?:,[0-9]+)?[^0-9.,]*') THEN replace(replace(t, '.', ''), ',', '.')
    END);

-- Which decimal mark a value settles: one or two digits, or four and more, after the mark, a zero before it
-- ("0,000"), or the other mark grouping thousands before it. "5,000" and "1.250" settle nothing: they read as
-- 5000 and 1.25 with a point, 5 and 1250 with a comma. NULL for such values and for values without either mark.
CREATE OR REPLACE MACRO ds_decimal_mark(t) AS
    CASE
        WHEN NOT contains(t, ',') AND NOT contains(t, '.') THEN NULL
        WHEN regexp_matches(t, '\.[0-9]{3},|,[0-9]{1,2}(?:[^0-9]|$)|,[0-9]{4,}|(?:^|[^0-9.,])0,[0-9]') THEN 'comma'
        WHEN regexp_matches(t, ',[0-9]{3}\.|\.[0-9]{1,2}(?:[^0-9]|$)|\.[0-9]{4,}|(?:^|[^0-9.,])0\.[0-9]') THEN 'point'
    END;
