-- Purpose: one page of a grid view in its order. With keyset bounds among the conditions (rows between two anchors of the
--          view's index) the offset stays below one anchor window, so the cost does not grow with the position.
-- Params: $page_limit rows from $page_offset within what the conditions keep; the view's filter values ($f0, ...) and
--         anchor keys ($k0, ...).
-- Returns: the page's rows, every column of the table.
SELECT *
FROM {{table}}
WHERE [[where]]
ORDER BY [[order]]
LIMIT $page_limit OFFSET $page_offset;
