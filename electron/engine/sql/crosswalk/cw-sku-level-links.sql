-- Purpose: link SKUs whose spellings differ only in surrounding whitespace and case (level 1), or also in leading
--          zeros (level 2), where that form collides across systems and never within one export: a system whose
--          export holds both 'abc' and 'ABC' (or '0123' and '123') keeps them apart everywhere, while a system that
--          writes 'ABC' in one export and 'abc' in another (an older export, a re-keyed line) spells one SKU two
--          ways. The middleware log is exempt from the within-system rule, since it relays the other systems'
--          spellings side by side.
-- Params: none.
-- Returns: nothing; (re)creates the temp table cw_links(kind, a, b, method, support, exclusivity, confidence,
--          example) of matched node pairs, here each SKU linked to the first node of its group.
CREATE OR REPLACE TEMP TABLE cw_links AS
WITH forms AS (
    SELECT node_id, system, raw_key, sources, 1 AS level, cased AS form FROM cw_sku_forms
    UNION ALL
    SELECT node_id, system, raw_key, sources, 2, form FROM cw_sku_forms
),
clashes AS (
    SELECT DISTINCT a.level, a.form
    FROM forms a
    JOIN forms b ON b.level = a.level AND b.form = a.form AND b.system = a.system AND b.node_id > a.node_id
    WHERE a.system <> 'middleware' AND list_has_any(a.sources, b.sources)
),
groups AS (
    SELECT level, form, min(node_id) AS hub
    FROM forms
    ANTI JOIN clashes USING (level, form)
    GROUP BY level, form
    HAVING count(DISTINCT system) >= 2 AND count(DISTINCT raw_key) >= 2
)
SELECT DISTINCT 'sku' AS kind, f.node_id AS a, g.hub AS b, 'normalised' AS method, NULL::BIGINT AS support,
       NULL::DOUBLE AS exclusivity, NULL::DOUBLE AS confidence, NULL::VARCHAR AS example
FROM forms f
JOIN groups g USING (level, form)
WHERE f.node_id <> g.hub;
