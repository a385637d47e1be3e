-- Purpose: the value the words of each raw value name (temp.present_words), for the fields mapped with a CASE (a few
--          hundred values each at most).
-- Params: $fields: the normalised fields mapped with a CASE.
-- Returns: field, key, value rows.
SELECT field, key, value
FROM temp.present_words
WHERE list_contains($fields::VARCHAR[], field);
