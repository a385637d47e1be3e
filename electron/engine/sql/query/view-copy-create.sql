-- Purpose: materialise a grid view in its order into the grid cache, so a page is a rowid range of the copy: a
--          view whose order scatters its rows over the whole table (a SKU sort) otherwise reads every row group for
--          every page. Insertion order is kept, so the copy's rowid is the row's index in the view.
-- Params: the view's filter values ($f0, ...).
-- Returns: nothing.
CREATE TABLE {{cache}}.{{copy}} AS
SELECT *, rowid AS __driftscope_rowid
FROM {{table}}
WHERE [[where]]
ORDER BY [[order]];
