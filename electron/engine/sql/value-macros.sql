-- Purpose: value readers shared by every import (persistent macros, recreated when a case opens).
-- Params: none.
-- Returns: nothing. ds_number(text): the number a cell holds ("1,234.5", "-3", " 7 ") or NULL;
--          ds_blank_to_null(text): trimmed text, NULL when empty.
-- trim copies every value it is given, which cost more than the rest of the conversion: only a value that starts
-- or ends with a space (all DuckDB's trim removes) is trimmed. t is written three times, so an expensive argument
-- is bound once by the caller (canonical-sql.ts) rather than passed in whole.
CREATE OR REPLACE MACRO ds_blank_to_null(t) AS
    CASE WHEN prefix(t, ' ') OR suffix(t, ' ') THEN nullif(trim(t), '') ELSE nullif(t, '') END;

CREATE OR REPLACE MACRO ds_number(t) AS TRY_CAST(
    CASE
        WHEN regexp_full_match(trim(t), '[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?') THEN replace(trim(t), ',', '')
        ELSE trim(t)
    END AS DOUBLE
);
