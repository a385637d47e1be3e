-- Purpose: the key a location is compared by (see ds_location_key), so callers never re-implement it.
-- Params: $location (may be NULL).
-- Returns: one row (loc_key).
SELECT ds_location_key($location::VARCHAR) AS loc_key;
