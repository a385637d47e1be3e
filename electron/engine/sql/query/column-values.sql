-- Purpose: the distinct values of one column under a grid view's other filters, most frequent first, for the
--          set-of-values filter.
-- Params: $value_limit; the view's filter values ($f0, ...) and, with a search, its text ($s0).
-- Returns: rows (value as text or NULL, value_count, distinct_values: how many distinct values match in all).
SELECT CAST({{column}} AS VARCHAR) AS value,
       count(*) AS value_count,
       count(*) OVER () AS distinct_values
FROM {{table}}
WHERE [[where]]
GROUP BY ALL
ORDER BY value_count DESC, value NULLS FIRST
LIMIT $value_limit;
