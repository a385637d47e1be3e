-- Purpose: the keys a consultant's mapping is stored under: a location compared ignoring case and punctuation
--          (ds_location_key), a SKU as written (its target without surrounding whitespace).
-- Params: $kind ('location' or 'sku'); $raw; $canonical (may be NULL).
-- Returns: one row (raw_key, target).
SELECT CASE $kind WHEN 'location' THEN ds_location_key($raw::VARCHAR) ELSE $raw::VARCHAR END AS raw_key,
       CASE $kind WHEN 'location' THEN ds_location_key($canonical::VARCHAR) ELSE trim($canonical::VARCHAR) END AS target;
