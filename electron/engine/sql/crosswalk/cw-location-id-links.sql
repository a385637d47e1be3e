-- Purpose: link locations a system writes as ids (a Shopify location_id) to the location an id table names them
--          (cw_id_pairs of kind 'location': location_id -> name), compared as locations always are, ignoring case
--          and punctuation. Only ids matched to nothing else count, and a table counts for a system only when at
--          least 80 % of the ids written there map to a location some system writes.
-- Params: none.
-- Returns: nothing; adds to cw_links method 'id_table' pairs (a: the id, b: each location it names; support: ids
--          the table links for that system; example: the table as the evidence names it).
INSERT INTO cw_links
WITH linked AS (
    SELECT a AS node_id FROM cw_links WHERE kind = 'location'
    UNION
    SELECT b FROM cw_links WHERE kind = 'location'
),
ids AS (
    SELECT p.origin, ds_location_key(p.value) AS value_key, i.node_id, i.system
    FROM cw_id_pairs p
    JOIN cw_nodes i ON i.kind = 'location' AND i.raw_key = ds_location_key(p.id_value)
    WHERE p.kind = 'location'
      AND i.node_id NOT IN (SELECT node_id FROM linked)
),
mapped AS (
    SELECT d.origin, d.system, d.node_id AS a, v.node_id AS b
    FROM ids d
    LEFT JOIN cw_nodes v ON v.kind = 'location' AND v.raw_key = d.value_key AND v.node_id <> d.node_id
),
tables AS (
    SELECT origin, system, count(DISTINCT a) FILTER (WHERE b IS NOT NULL) AS support
    FROM mapped
    GROUP BY origin, system
    HAVING support >= 1 AND support >= 0.8 * count(DISTINCT a)
)
SELECT 'location', m.a, m.b, 'id_table', t.support, 1.0, 0.95, m.origin
FROM mapped m
JOIN tables t USING (origin, system)
WHERE m.b IS NOT NULL;
