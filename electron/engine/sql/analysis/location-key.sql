-- Purpose: the key a location is compared by, so callers never re-implement it: the identity the crosswalk gives
--          that spelling (the WMS's first, as the drift table names locations by it), else ds_location_key.
-- Params: $location (may be NULL).
-- Returns: one row (loc_key).
SELECT coalesce(
           (SELECT first(canonical_key ORDER BY ds_location_rank(system), system)
            FROM crosswalk
            WHERE kind = 'location' AND raw_key = ds_location_key($location::VARCHAR)),
           ds_location_key($location::VARCHAR)
       ) AS loc_key;
