-- Purpose: the table that keeps each case table's grid columns as the consultant arranged them (order, hidden).
--          Created when a case first needs it; the table list leaves it out.
-- Params: none.
-- Returns: nothing.
CREATE TABLE IF NOT EXISTS grid_prefs (
    table_name VARCHAR PRIMARY KEY,
    columns VARCHAR NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL
);
