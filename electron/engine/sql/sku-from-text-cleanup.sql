-- Purpose: drop the working tables of the SKU-from-text step (sku-from-text-texts.sql, sku-from-text-matches.sql),
--          which can be as large as the events' distinct texts.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS temp.sku_text_rows;
DROP TABLE IF EXISTS temp.sku_text_matches;
