-- Purpose: the consultant's annotations: all, those of one kind of target, or those of one target, each with the
--          case table and file an event annotation's row comes from.
-- Params: $kind (NULL for every kind); $match (true keeps one target's only) with that target's $source_id,
--         $line_number, $sku, $location, $cluster (NULL where its kind has none). Locations compare ignoring case
--         and punctuation, as the drift table's do.
-- Returns: rows (id, kind, tag, sku, location, cluster, source_id, line_number, comment, created_at, updated_at,
--          table_name, source_file), oldest first; times as ISO instants in UTC.
SELECT a.id, a.kind, a.tag, a.sku, a.location, a.cluster, a.source_id, a.line_number, a.comment,
       strftime(a.created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS created_at,
       strftime(a.updated_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') AS updated_at,
       s.table_name, s.file_name AS source_file
FROM annotations a
LEFT JOIN sources s ON a.kind = 'event' AND s.source_id = a.source_id
WHERE ($kind IS NULL OR a.kind = $kind)
  AND (NOT $match OR CASE a.kind
        WHEN 'event' THEN a.source_id = $source_id AND a.line_number IS NOT DISTINCT FROM $line_number
        WHEN 'sku' THEN a.sku = $sku AND ds_location_key(a.location) = ds_location_key($location)
        ELSE a.cluster = $cluster AND a.sku = $sku AND ds_location_key(a.location) = ds_location_key($location)
      END)
ORDER BY a.created_at, a.id;
