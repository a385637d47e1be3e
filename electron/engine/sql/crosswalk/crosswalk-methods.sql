-- Purpose: how many crosswalk rows of one kind each method matched.
-- Params: $kind.
-- Returns: rows (method, count), most first.
SELECT method, count(*) AS count FROM crosswalk WHERE kind = $kind GROUP BY method ORDER BY count DESC, method;
