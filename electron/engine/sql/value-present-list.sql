-- Purpose: the raw values each normalised field of the file being imported holds, most frequent first, for the CASE
--          that maps them (see value-lookups.ts).
-- Params: $values_cap: how many values to list per field at most (one more than a CASE takes, to tell it is over).
-- Returns: field, raw, key (trimmed, lower-case) from temp.present_values, up to $values_cap rows per field.
SELECT field, raw, key
FROM temp.present_values
QUALIFY row_number() OVER (PARTITION BY field ORDER BY n DESC, raw) <= $values_cap
ORDER BY field, n DESC, raw;
