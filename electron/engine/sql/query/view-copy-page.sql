-- Purpose: one page of a grid view from its materialised copy: a rowid range, since the copy's rowid is the index.
-- Params: $page_start (first index), $page_end (one past the last).
-- Returns: the page's rows with the table's columns.
SELECT * EXCLUDE (__driftscope_rowid)
FROM {{cache}}.{{copy}}
WHERE rowid >= $page_start AND rowid < $page_end
ORDER BY rowid;
