-- Purpose: adds to temp.value_map, for the fields normalised through the join, the value each distinct raw value's
--          words name (temp.present_words) where the map holds no exact entry for it: exact entries win.
-- Params: $fields: the normalised fields mapped through the join.
-- Returns: nothing; inserts (field, raw, value) rows.
INSERT INTO temp.value_map
SELECT w.field, w.key, w.value
FROM temp.present_words w
WHERE list_contains($fields::VARCHAR[], w.field)
  AND NOT EXISTS (SELECT 1 FROM temp.value_map m WHERE m.field = w.field AND m.raw = w.key);
