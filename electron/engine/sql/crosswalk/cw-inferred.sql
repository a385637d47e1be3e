-- Purpose: the inferred crosswalk rows, each saying how it was matched. Every location gets a row, described by the
--          pair that best explains its identity: one with a location of another name first (the canonical one
--          first), then the strongest (exact, normalised, written under parents, an id table, shared_reference,
--          shared_figures); unmatched when it has none. A location written under its parents is normalised. A SKU
--          gets a row only in a group whose systems spell it differently: the canonical spelling as exact, an id an
--          id table maps as id_table, every other one as normalised, naming the difference (whitespace, case,
--          leading zeros, a prefix or suffix) and how many SKUs of that system differ that way.
-- Params: none.
-- Returns: nothing; (re)creates the temp table cw_inferred with the columns of the crosswalk table.
CREATE OR REPLACE TEMP TABLE cw_inferred AS
WITH location_links AS (
    SELECT a AS node_id, b AS other, true AS forward, method, support, exclusivity, confidence, example
    FROM cw_links WHERE kind = 'location'
    UNION ALL
    SELECT b, a, false, method, support, exclusivity, confidence, example FROM cw_links WHERE kind = 'location'
),
best AS (
    SELECT l.*
    FROM location_links l
    JOIN cw_nodes n ON n.node_id = l.node_id
    JOIN cw_nodes o ON o.node_id = l.other
    JOIN cw_identity oi ON oi.node_id = l.other
    QUALIFY row_number() OVER (
        PARTITION BY l.node_id
        ORDER BY o.raw_key = n.raw_key, o.raw_key <> oi.canonical_key,
                 list_position(['exact', 'normalised', 'parent', 'id_table', 'shared_reference', 'shared_figures'], l.method),
                 l.confidence DESC, l.support DESC, ds_location_rank(o.system), l.other
    ) = 1
),
locations AS (
    SELECT n.kind, n.system, n.raw_value, n.raw_key, i.canonical_key,
           CASE b.method WHEN 'parent' THEN 'normalised' ELSE coalesce(b.method, 'unmatched') END AS method,
           CASE b.method
               WHEN 'exact' THEN printf('same name as %s ''%s''', o.system, o.raw_value)
               WHEN 'normalised' THEN printf('same name as %s ''%s'', ignoring case and punctuation', o.system, o.raw_value)
               WHEN 'parent' THEN CASE
                   WHEN b.forward THEN printf('%s ''%s'' under the parent ''%s''', o.system, o.raw_value, b.example)
                   ELSE printf('%s ''%s'', the same location under the parent ''%s''', o.system, o.raw_value, b.example)
               END
               WHEN 'id_table' THEN CASE
                   WHEN b.forward THEN printf('by the id table in %s: %s ''%s''', b.example, o.system, o.raw_value)
                   ELSE printf('%s ''%s'' by the id table in %s', o.system, o.raw_value, b.example)
               END
               WHEN 'shared_reference' THEN printf('%d shared references with %s ''%s'', e.g. %s (%d%% exclusive)',
                   b.support, o.system, o.raw_value, b.example, round(100 * b.exclusivity)::INTEGER)
               WHEN 'shared_figures' THEN printf('%d SKUs with the same figure as %s ''%s'', e.g. %s (%d%% exclusive)',
                   b.support, o.system, o.raw_value, b.example, round(100 * b.exclusivity)::INTEGER)
               ELSE 'no counterpart found in another system'
           END AS evidence,
           b.support, b.confidence, o.system AS matched_system, o.raw_value AS matched_value, n.records,
           ds_location_rank(n.system) AS rank
    FROM cw_nodes n
    JOIN cw_identity i USING (node_id)
    LEFT JOIN best b USING (node_id)
    LEFT JOIN cw_nodes o ON o.node_id = b.other
    WHERE n.kind = 'location'
),
sku_members AS (
    SELECT n.*, i.component, i.canonical_key, t.origin
    FROM cw_nodes n
    JOIN cw_identity i USING (node_id)
    LEFT JOIN (
        SELECT a AS node_id, first(example ORDER BY support DESC, example) AS origin
        FROM cw_links
        WHERE kind = 'sku' AND method = 'id_table'
        GROUP BY a
    ) t USING (node_id)
    WHERE n.kind = 'sku'
),
varied AS (
    SELECT component,
           first(system ORDER BY ds_sku_rank(system), system) FILTER (WHERE raw_key = canonical_key) AS holder,
           string_agg(DISTINCT system, ', ' ORDER BY system) FILTER (WHERE raw_key = canonical_key) AS holders,
           first(system ORDER BY ds_sku_rank(system), system) FILTER (WHERE raw_key <> canonical_key) AS variant_system,
           first(raw_key ORDER BY ds_sku_rank(system), system) FILTER (WHERE raw_key <> canonical_key) AS variant_value
    FROM sku_members
    GROUP BY component
    HAVING count(DISTINCT raw_key) > 1
),
classified AS (
    SELECT m.*, v.holder, v.holders, v.variant_system, v.variant_value,
           ds_sku_form(m.raw_key) AS raw_form, ds_sku_form(m.canonical_key) AS canonical_form,
           CASE
               WHEN m.raw_key = m.canonical_key THEN NULL
               WHEN m.origin IS NOT NULL THEN 'id table'
               WHEN trim(m.raw_key) = trim(m.canonical_key) THEN 'surrounding whitespace'
               WHEN upper(trim(m.raw_key)) = upper(trim(m.canonical_key)) THEN 'case'
               WHEN ds_unpadded(trim(m.raw_key)) = ds_unpadded(trim(m.canonical_key)) THEN 'leading zeros'
               WHEN raw_form = canonical_form THEN 'case and leading zeros'
               WHEN ends_with(raw_form, canonical_form) THEN 'extra prefix'
               WHEN ends_with(canonical_form, raw_form) THEN 'missing prefix'
               WHEN starts_with(raw_form, canonical_form) THEN 'extra suffix'
               WHEN starts_with(canonical_form, raw_form) THEN 'missing suffix'
               ELSE 'chain'
           END AS difference
    FROM sku_members m
    JOIN varied v USING (component)
),
skus AS (
    SELECT kind, system, raw_value, raw_key, canonical_key,
           CASE WHEN difference IS NULL THEN 'exact' WHEN difference = 'id table' THEN 'id_table' ELSE 'normalised' END AS method,
           CASE
               WHEN difference IS NULL THEN printf('the canonical spelling, written by %s; %s writes ''%s''', holders, variant_system, variant_value)
               ELSE (CASE difference
                   WHEN 'extra prefix' THEN printf('%s ''%s'' under the prefix ''%s''', holder, canonical_key,
                       left(raw_form, length(raw_form) - length(canonical_form)))
                   WHEN 'missing prefix' THEN printf('%s ''%s'' without its prefix ''%s''', holder, canonical_key,
                       left(canonical_form, length(canonical_form) - length(raw_form)))
                   WHEN 'extra suffix' THEN printf('%s ''%s'' with the suffix ''%s''', holder, canonical_key,
                       right(raw_form, length(raw_form) - length(canonical_form)))
                   WHEN 'missing suffix' THEN printf('%s ''%s'' without its suffix ''%s''', holder, canonical_key,
                       right(canonical_form, length(canonical_form) - length(raw_form)))
                   WHEN 'chain' THEN printf('%s ''%s'', matched through another system''s spelling', holder, canonical_key)
                   WHEN 'id table' THEN printf('by the id table in %s: %s ''%s''', origin, holder, canonical_key)
                   ELSE printf('%s ''%s'', differing only in %s', holder, canonical_key, difference)
               END) || CASE
                   WHEN difference = 'id table' THEN printf(' (%d %s of %s linked by it)', count(*) OVER (PARTITION BY system, difference),
                       CASE count(*) OVER (PARTITION BY system, difference) WHEN 1 THEN 'id' ELSE 'ids' END, system)
                   WHEN count(*) OVER (PARTITION BY system, difference) = 1 THEN printf(' (1 SKU of %s differs this way)', system)
                   ELSE printf(' (%d SKUs of %s differ this way)', count(*) OVER (PARTITION BY system, difference), system)
               END
           END AS evidence,
           CASE WHEN difference IS NULL THEN NULL ELSE count(*) OVER (PARTITION BY system, difference) END AS support,
           CASE
               WHEN difference IS NULL THEN 1.0
               WHEN difference IN ('surrounding whitespace', 'case', 'id table') THEN 0.95
               WHEN difference IN ('leading zeros', 'case and leading zeros') THEN 0.9
               WHEN difference = 'chain' THEN 0.75
               ELSE 0.85
           END AS confidence,
           CASE WHEN difference IS NULL THEN variant_system ELSE holder END AS matched_system,
           CASE WHEN difference IS NULL THEN variant_value ELSE canonical_key END AS matched_value,
           records, ds_sku_rank(system) AS rank
    FROM classified
)
SELECT * EXCLUDE (rank) FROM (SELECT * FROM locations UNION ALL BY NAME SELECT * FROM skus)
ORDER BY kind, canonical_key, rank, system, raw_key;
