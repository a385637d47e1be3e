-- Purpose: the SKU each event text names, filled chunk by chunk (sku-from-text-matches.sql).
-- Params: none.
-- Returns: nothing; (re)creates the temp table sku_text_matches(text_hash, sku, sku_from, skus, first_named,
--          last_named): for every text that names a known SKU, the SKU (NULL when it names several), 'message' or
--          'payload' for where it was named (the message when both), how many SKUs it names, and the first and last of
--          them in sort order.
CREATE OR REPLACE TEMP TABLE sku_text_matches (
    text_hash UBIGINT,
    sku VARCHAR,
    sku_from VARCHAR,
    skus BIGINT,
    first_named VARCHAR,
    last_named VARCHAR
);
