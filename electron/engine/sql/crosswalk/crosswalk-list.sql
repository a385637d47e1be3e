-- Purpose: a page of the crosswalk of one kind, grouped by identity, optionally searched.
-- Params: $kind; $search (NULL for every row: else rows whose value, identity or matched value contains it,
--         ignoring case); $offset; $limit.
-- Returns: crosswalk rows, each with total (the rows matching in all).
SELECT *, count(*) OVER () AS total
FROM crosswalk
WHERE kind = $kind
  AND ($search::VARCHAR IS NULL
       OR contains(lower(raw_value), lower($search))
       OR contains(lower(canonical_key), lower($search))
       OR contains(lower(coalesce(matched_value, '')), lower($search)))
ORDER BY canonical_key, CASE WHEN kind = 'location' THEN ds_location_rank(system) ELSE ds_sku_rank(system) END, system, raw_key
LIMIT $limit OFFSET $offset;
