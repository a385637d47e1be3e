-- Purpose: each SKU the systems write, with the two forms its spelling is compared by when systems disagree.
-- Params: none.
-- Returns: nothing; (re)creates the temp table cw_sku_forms(node_id, system, raw_key, cased, form, sources): cased
--          without surrounding whitespace or case, form also without leading zeros (see ds_sku_form), sources the
--          files that write it.
CREATE OR REPLACE TEMP TABLE cw_sku_forms AS
SELECT node_id, system, raw_key, upper(trim(raw_key)) AS cased, ds_sku_form(raw_key) AS form, sources
FROM cw_nodes
WHERE kind = 'sku';
