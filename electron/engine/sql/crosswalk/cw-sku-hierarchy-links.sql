-- Purpose: link a SKU written as a NetSuite hierarchical name ('LO-3310 : LO-3310-OLV-S', a matrix parent and its
--          child, levels joined by ' : ') to the SKU its last level names, wherever that SKU is written, even by
--          the same system: NetSuite's saved searches write the full name and its SuiteQL pulls the item id alone,
--          so one ERP may write both, where cw-sku-affix-links.sql would take them for two items.
-- Params: none.
-- Returns: nothing; adds to cw_links each hierarchical SKU linked to the first node spelling its last level.
INSERT INTO cw_links
WITH hierarchical AS (
    SELECT node_id, ds_sku_form(regexp_extract(raw_key, '^.+ : ([^:]+)$', 1)) AS leaf
    FROM cw_sku_forms
    WHERE contains(raw_key, ' : ')
),
leaves AS (
    SELECT form, min(node_id) AS node_id
    FROM cw_sku_forms
    WHERE NOT contains(raw_key, ' : ')
    GROUP BY form
)
SELECT 'sku', h.node_id, l.node_id, 'normalised', NULL, NULL, NULL, NULL
FROM hierarchical h
JOIN leaves l ON l.form = h.leaf
WHERE h.leaf <> '';
