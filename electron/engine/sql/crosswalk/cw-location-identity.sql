-- Purpose: the identity of every location: the connected groups of the location pairs in cw_links, each keyed by
--          its WMS name (the drift table shows a location by the WMS's spelling), else the ERP's, the storefront's,
--          and the middleware's last; of one system's spellings a name before a number (ShipBob's `Duisburg (DE)`
--          before the `287` its history writes); a location linked to nothing keeps its own key.
-- Params: none.
-- Returns: nothing; adds a row per location to cw_identity(node_id, kind, component, canonical_key).
INSERT INTO cw_identity
WITH RECURSIVE edges AS (
    SELECT a, b FROM cw_links WHERE kind = 'location'
    UNION
    SELECT b, a FROM cw_links WHERE kind = 'location'
),
walk(node_id, label) AS (
    SELECT node_id, node_id FROM cw_nodes WHERE kind = 'location'
    UNION
    SELECT e.b, w.label FROM walk w JOIN edges e ON e.a = w.node_id
),
components AS (
    SELECT node_id, min(label) AS component FROM walk GROUP BY node_id
),
chosen AS (
    SELECT c.component,
           first(n.raw_key ORDER BY ds_location_rank(n.system), regexp_full_match(n.raw_key, '[0-9]+'), n.records DESC, n.raw_key)
               AS canonical_key
    FROM components c
    JOIN cw_nodes n USING (node_id)
    GROUP BY c.component
)
SELECT c.node_id, 'location', c.component, ch.canonical_key
FROM components c
JOIN chosen ch USING (component);
