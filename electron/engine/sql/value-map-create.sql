-- Purpose: the temporary table of raw value -> normalised value for the file being imported.
-- Params: none.
-- Returns: nothing; creates an empty temp.value_map(field, raw, value).
CREATE OR REPLACE TEMP TABLE value_map (field VARCHAR, raw VARCHAR, value VARCHAR, PRIMARY KEY (field, raw));
