-- Purpose: the saved grid columns of one table.
-- Params: $table.
-- Returns: one row (columns: JSON text of [{name, hidden}] in order) or none.
SELECT columns
FROM grid_prefs
WHERE table_name = $table;
