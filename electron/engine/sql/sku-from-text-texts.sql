-- Purpose: the events whose SKU a text could give, counted per source and text: those the export gave no SKU, and
--          those an earlier run read from their text (sku_from set), which are read again since a later file may
--          bring a second SKU their text names. A text is known by a 64-bit hash of its source, message and payload
--          (as noise-failures.sql keys retries), so no text is held here: ten million distinct texts would not fit
--          in memory. Per source, so each file's warnings are counted without another pass over the events.
-- Params: none.
-- Returns: nothing; (re)creates the temp table sku_text_rows(text_hash, source_id, text_rows, first_line, was_filled):
--          how many such events of the source carry the text, the first one's line, and whether any of them holds a
--          SKU read from it before.
CREATE OR REPLACE TEMP TABLE sku_text_rows AS
SELECT hash(source_id, error_message, payload) AS text_hash, source_id, count(*) AS text_rows,
       min(line_number) AS first_line, bool_or(sku_from IS NOT NULL) AS was_filled
FROM events
WHERE (sku IS NULL OR sku_from IS NOT NULL)
  AND (error_message IS NOT NULL OR payload IS NOT NULL)
GROUP BY ALL;
