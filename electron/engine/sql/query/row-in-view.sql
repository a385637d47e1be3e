-- Purpose: whether one row of a table passes a grid view's filters and quick-find.
-- Params: $target_rowid; the view's filter values ($f0, ...).
-- Returns: one row (matches, 0 or 1).
SELECT count(*) AS matches
FROM {{table}}
WHERE rowid = $target_rowid AND [[where]];
