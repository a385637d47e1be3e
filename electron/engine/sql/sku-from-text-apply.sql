-- Purpose: give each event the SKU its text names (sku-from-text-matches.sql), marking it read from the text, and
--          take back a SKU an earlier run read from a text that now names several (a later file brought the second)
--          or none; rows that already hold what they should are not rewritten. Events are matched by the hash of
--          their source and text (sku-from-text-texts.sql).
-- Params: $chunks, $chunk: the chunk of texts (by their hash) to apply, as sku-from-text-matches.sql reads them.
-- Returns: nothing.
UPDATE events AS e
SET sku = m.sku, sku_from = m.sku_from
FROM (
    SELECT text_hash, m.sku, m.sku_from
    FROM (SELECT DISTINCT text_hash FROM sku_text_rows WHERE was_filled AND text_hash % $chunks::UBIGINT = $chunk::UBIGINT) r
    FULL JOIN (SELECT * FROM sku_text_matches WHERE text_hash % $chunks::UBIGINT = $chunk::UBIGINT) m USING (text_hash)
) m
WHERE (e.sku IS NULL OR e.sku_from IS NOT NULL)
  AND (e.error_message IS NOT NULL OR e.payload IS NOT NULL)
  AND hash(e.source_id, e.error_message, e.payload) = m.text_hash
  AND (e.sku IS DISTINCT FROM m.sku OR e.sku_from IS DISTINCT FROM m.sku_from);
