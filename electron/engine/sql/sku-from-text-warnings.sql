-- Purpose: say in each file's manifest warnings how many of its events took their SKU from their text and how many
--          name several known SKUs and were left without one (sku-from-text-matches.sql), replacing what an earlier
--          run said, since a later file can change both counts.
-- Params: none (reads temp.sku_text_rows and temp.sku_text_matches).
-- Returns: one row per source whose warnings changed (sha256, warnings).
UPDATE sources AS s
SET warnings = c.warnings
FROM (
    SELECT s.source_id,
           nullif(array_to_string(
               list_filter(string_split(coalesce(s.warnings, ''), '; '),
                           lambda w: w <> '' AND NOT regexp_matches(w, '^[0-9,]+ event\(s\) (take their SKU from|name more than one known SKU)'))
               || CASE WHEN n.filled > 0 THEN [format('{:,} event(s) take their SKU from their {} (sku_from), which names exactly one SKU the case''s files write (e.g. line {}: {})',
                                                      n.filled, n.filled_from, n.filled_line, n.filled_sku)]
                       ELSE [] END
               || CASE WHEN n.ambiguous > 0 THEN [format('{:,} event(s) name more than one known SKU in their message or payload and are left without one (e.g. line {}: {})',
                                                         n.ambiguous, n.ambiguous_line, n.ambiguous_named)]
                       ELSE [] END,
               '; '), '') AS warnings
    FROM sources s
    JOIN (
        SELECT r.source_id,
               sum(r.text_rows) FILTER (WHERE m.sku IS NOT NULL) AS filled,
               min(r.first_line) FILTER (WHERE m.sku IS NOT NULL) AS filled_line,
               arg_min(m.sku, r.first_line) FILTER (WHERE m.sku IS NOT NULL) AS filled_sku,
               CASE WHEN count(DISTINCT m.sku_from) > 1 THEN 'message or payload' ELSE any_value(m.sku_from) END
                   AS filled_from,
               sum(r.text_rows) FILTER (WHERE m.skus > 1) AS ambiguous,
               min(r.first_line) FILTER (WHERE m.skus > 1) AS ambiguous_line,
               arg_min(m.first_named || ', ' || m.last_named, r.first_line) FILTER (WHERE m.skus > 1) AS ambiguous_named
        FROM sku_text_rows r
        LEFT JOIN sku_text_matches m USING (text_hash)
        WHERE m.text_hash IS NOT NULL OR r.was_filled
        GROUP BY r.source_id
    ) n USING (source_id)
) c
WHERE s.source_id = c.source_id AND s.warnings IS DISTINCT FROM c.warnings
RETURNING s.sha256, s.warnings;
