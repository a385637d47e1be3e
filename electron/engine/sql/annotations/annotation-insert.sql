-- Purpose: record a new annotation.
-- Params: $kind, $tag, $comment; the target's $sku, $location, $cluster, $source_id, $line_number (NULL where its
--         kind has none; an event's sku and location are its row's, for filtering the grid by SKU).
-- Returns: one row (id).
INSERT INTO annotations (kind, tag, sku, location, cluster, source_id, line_number, comment)
VALUES ($kind, $tag, $sku, $location, $cluster, $source_id, $line_number, $comment)
RETURNING id;
