-- Purpose: change the tag and comment of an annotation, only if it is about the target the caller names (so a
--          stale id never rewrites another item's note).
-- Params: $id, $tag, $comment; the target's $kind, $source_id, $line_number, $sku, $location, $cluster (NULL where
--         its kind has none).
-- Returns: one row (id) when it was updated, none when no such annotation is about that target.
UPDATE annotations
SET tag = $tag, comment = $comment, updated_at = now()
WHERE id = $id
  AND kind = $kind
  AND CASE kind
        WHEN 'event' THEN source_id = $source_id AND line_number IS NOT DISTINCT FROM $line_number
        WHEN 'sku' THEN sku = $sku AND ds_location_key(location) = ds_location_key($location)
        ELSE cluster = $cluster AND sku = $sku AND ds_location_key(location) = ds_location_key($location)
      END
RETURNING id;
