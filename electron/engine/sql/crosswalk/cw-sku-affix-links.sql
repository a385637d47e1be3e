-- Purpose: link SKUs one system writes under a parent prefix or with a suffix the other lacks ('PARENT-SKU-001' and
--          'SKU-001'), cut at a separator. Only SKUs with no counterpart of their own form in the other system take
--          part; each must have exactly one such counterpart (the longest) and each counterpart exactly one SKU of
--          that system; stripping may not yield a SKU the system already holds; and the pattern must hold for at
--          least 3 SKUs and a fifth of the system's SKUs the other system lacks (ids an id table maps aside), so a
--          chance likeness links nothing.
-- Params: none.
-- Returns: nothing; adds the pairs to cw_links (a: the SKU with the affix, b: the one without).
INSERT INTO cw_links
WITH systems AS (
    SELECT DISTINCT system FROM cw_sku_forms
),
cuts AS (
    SELECT node_id, system, form, pos
    FROM (SELECT node_id, system, form, unnest(range(2, length(form))) AS pos FROM cw_sku_forms)
    WHERE substr(form, pos, 1) IN ('-', '_', '.', '/', ' ', ':', '|')
),
candidates AS (
    SELECT c.node_id AS a, c.system AS sa, c.form AS a_form, o.node_id AS b, o.system AS sb, o.form AS b_form, 'prefix' AS side
    FROM cuts c
    JOIN cw_sku_forms o ON o.form = substr(c.form, c.pos + 1) AND o.system <> c.system
    UNION ALL
    SELECT c.node_id, c.system, c.form, o.node_id, o.system, o.form, 'suffix'
    FROM cuts c
    JOIN cw_sku_forms o ON o.form = substr(c.form, 1, c.pos - 1) AND o.system <> c.system
),
open AS (
    SELECT x.*
    FROM candidates x
    WHERE NOT EXISTS (SELECT 1 FROM cw_sku_forms f WHERE f.system = x.sb AND f.form = x.a_form)
      AND NOT EXISTS (SELECT 1 FROM cw_sku_forms f WHERE f.system = x.sa AND f.form = x.b_form)
),
longest AS (
    SELECT *
    FROM open
    QUALIFY rank() OVER (PARTITION BY a, sb ORDER BY length(b_form) DESC) = 1
),
unique_pairs AS (
    SELECT *
    FROM longest
    QUALIFY count(*) OVER (PARTITION BY a, sb) = 1 AND count(*) OVER (PARTITION BY b, sa) = 1
),
-- An id a reference export maps to a SKU (a Shopify webhook's inventory_item_id) is no SKU the other system lacks:
-- counted, a storefront's ids would hide its few prefixed SKUs.
lacking AS (
    SELECT f.system AS sa, s.system AS sb, count(*) AS skus
    FROM cw_sku_forms f
    JOIN systems s ON s.system <> f.system
    WHERE NOT EXISTS (SELECT 1 FROM cw_sku_forms o WHERE o.system = s.system AND o.form = f.form)
      AND NOT EXISTS (SELECT 1 FROM cw_id_pairs p WHERE p.kind = 'sku' AND p.id_value = f.form)
    GROUP BY ALL
),
patterns AS (
    SELECT p.sa, p.sb, p.side
    FROM unique_pairs p
    JOIN lacking l USING (sa, sb)
    GROUP BY p.sa, p.sb, p.side, l.skus
    HAVING count(*) >= 3 AND count(*) >= 0.2 * l.skus
)
SELECT 'sku', p.a, p.b, 'normalised', NULL, NULL, NULL, NULL
FROM unique_pairs p
SEMI JOIN patterns USING (sa, sb, side);
