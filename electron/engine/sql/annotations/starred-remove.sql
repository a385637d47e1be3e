-- Purpose: unstar a SKU x location.
-- Params: $sku; $location (NULL for none; compared ignoring case and punctuation).
-- Returns: nothing.
DELETE FROM starred_skus WHERE sku = $sku AND ds_location_key(location) = ds_location_key($location);
