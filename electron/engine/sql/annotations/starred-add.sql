-- Purpose: star a SKU x location, once: starring it again keeps the first star and its time.
-- Params: $sku; $location (NULL for none; compared ignoring case and punctuation).
-- Returns: nothing.
INSERT INTO starred_skus (sku, location)
SELECT $sku, $location
WHERE NOT EXISTS (
    SELECT 1 FROM starred_skus WHERE sku = $sku AND ds_location_key(location) = ds_location_key($location)
);
