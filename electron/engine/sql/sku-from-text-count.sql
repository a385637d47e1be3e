-- Purpose: how many distinct event texts the SKU-from-text step reads (sku-from-text-texts.sql), to cut them into
--          chunks.
-- Params: none.
-- Returns: one row (texts).
SELECT count(*) AS texts FROM sku_text_rows;
