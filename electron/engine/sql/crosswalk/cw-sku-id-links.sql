-- Purpose: link SKUs a system writes as ids (a Shopify webhook's inventory_item_id) to the SKUs an id table maps
--          them to (cw_id_pairs). Strict, so a table that merely has an id and a SKU column links nothing: only
--          spellings nothing else matched and no second system of record writes (an id, not a SKU shared by two
--          systems) count as ids, and a table counts for a system only when at least 3 of its ids are written there
--          and at least 80 % of those map to a SKU some system writes.
-- Params: none.
-- Returns: nothing; adds to cw_links method 'id_table' pairs (a: the id, b: each system's SKU it maps to; support:
--          ids the table links for that system; example: the table as the evidence names it).
INSERT INTO cw_links
WITH linked AS (
    SELECT a AS node_id FROM cw_links WHERE kind = 'sku'
    UNION
    SELECT b FROM cw_links WHERE kind = 'sku'
),
lone_forms AS (
    SELECT form
    FROM cw_sku_forms
    GROUP BY form
    HAVING count(DISTINCT system) FILTER (WHERE system <> 'middleware') <= 1
),
ids AS (
    SELECT p.origin, p.value, i.node_id, i.system
    FROM cw_id_pairs p
    JOIN cw_sku_forms i ON i.raw_key = p.id_value
    WHERE p.kind = 'sku'
      AND i.node_id NOT IN (SELECT node_id FROM linked)
      AND i.form IN (SELECT form FROM lone_forms)
),
mapped AS (
    SELECT d.origin, d.system, d.node_id AS a, v.node_id AS b
    FROM ids d
    LEFT JOIN cw_sku_forms v ON v.raw_key = d.value
),
tables AS (
    SELECT origin, system, count(DISTINCT a) FILTER (WHERE b IS NOT NULL) AS support
    FROM mapped
    GROUP BY origin, system
    HAVING support >= 3 AND support >= 0.8 * count(DISTINCT a)
)
SELECT 'sku', m.a, m.b, 'id_table', t.support, 1.0, 0.95, m.origin
FROM mapped m
JOIN tables t USING (origin, system)
WHERE m.b IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY m.a, m.b ORDER BY t.support DESC, m.origin) = 1;
