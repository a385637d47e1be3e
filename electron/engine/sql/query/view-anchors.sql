-- Purpose: the index of a grid view, in one pass over its sort keys: for every window of $window rows in view order,
--          its first and last rows' sort keys (as text) and rowids (the anchors keyset pages start from and stop at),
--          its row count, and how many storage row groups of $group_rows rows it touches (how scattered the view
--          lies on disk).
-- Params: $window, $group_rows; the view's filter values ($f0, ...).
-- Returns: rows (w, k0 ... kN and l0 ... lN as text, first_rowid, last_rowid, window_rows, row_groups) in window
--          order; none for an empty view.
WITH ordered AS (
    SELECT [[key_columns]] rowid AS r, row_number() OVER (ORDER BY [[order]]) - 1 AS pos
    FROM {{table}}
    WHERE [[where]]
)
SELECT pos // $window AS w,
       [[anchor_keys]]
       arg_min(r, pos) AS first_rowid,
       arg_max(r, pos) AS last_rowid,
       count(*) AS window_rows,
       count(DISTINCT r // $group_rows) AS row_groups
FROM ordered
GROUP BY w
ORDER BY w;
