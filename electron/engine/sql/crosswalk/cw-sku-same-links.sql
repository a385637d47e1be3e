-- Purpose: keep one spelling one identity: when a SKU some system writes is linked to another spelling, every
--          other system writing that very spelling is linked with it, so a rename never splits it (the WMS's
--          'TS-1' matched to the ERP's 'TEES : TS-1' while the storefront's 'TS-1' kept its own key). Spellings
--          nothing links are left alone, so this adds nothing when every system names SKUs alike.
-- Params: none.
-- Returns: nothing; adds to cw_links each such node linked to the first node of its spelling.
INSERT INTO cw_links
WITH linked AS (
    SELECT a AS node_id FROM cw_links WHERE kind = 'sku'
    UNION
    SELECT b FROM cw_links WHERE kind = 'sku'
),
spellings AS (
    SELECT f.raw_key, min(f.node_id) AS hub
    FROM cw_sku_forms f
    WHERE f.raw_key IN (SELECT n.raw_key FROM cw_sku_forms n SEMI JOIN linked USING (node_id))
    GROUP BY f.raw_key
    HAVING count(*) >= 2
)
SELECT 'sku', f.node_id, s.hub, 'same_spelling', NULL, NULL, NULL, NULL
FROM cw_sku_forms f
JOIN spellings s USING (raw_key)
WHERE f.node_id <> s.hub;
