-- Purpose: save the grid columns of one table, replacing what was saved before.
-- Params: $table; $columns, JSON text of [{name, hidden}] in order.
-- Returns: nothing.
INSERT OR REPLACE INTO grid_prefs (table_name, columns, saved_at)
VALUES ($table, $columns, now());
