-- Purpose: the identity of every linked SKU: the connected groups of cw_links, each named by the spelling most
--          systems of record write (the middleware, which relays theirs, does not count). Spellings are first
--          weighed by their form (without whitespace, case or leading zeros), so 'NW-1' and 'nw-1', written by two
--          systems, outvote the ERP's 'NW : NW-1'; within the winning form the spelling most systems write wins.
--          Ties: a plain spelling before a NetSuite hierarchical name ('LO-2041 : LO-2041-NVY-M', which no other system
--          writes), then the ERP's, then the WMS's, then the storefront's.
-- Params: none.
-- Returns: nothing; (re)creates the temp table cw_identity(node_id, kind, component, canonical_key) with a row per
--          linked SKU (a SKU linked to nothing keeps its own spelling).
CREATE OR REPLACE TEMP TABLE cw_identity AS
WITH RECURSIVE edges AS (
    SELECT a, b FROM cw_links WHERE kind = 'sku'
    UNION
    SELECT b, a FROM cw_links WHERE kind = 'sku'
),
walk(node_id, label) AS (
    SELECT DISTINCT a, a FROM edges
    UNION
    SELECT e.b, w.label FROM walk w JOIN edges e ON e.a = w.node_id
),
components AS (
    SELECT node_id, min(label) AS component FROM walk GROUP BY node_id
),
members AS (
    SELECT c.component, n.system, n.raw_key, ds_sku_form(n.raw_key) AS form
    FROM components c
    JOIN cw_nodes n USING (node_id)
),
forms AS (
    SELECT component, form, count(DISTINCT system) FILTER (WHERE system <> 'middleware') AS systems,
           min(ds_sku_rank(system)) AS rank
    FROM members
    GROUP BY ALL
),
chosen_forms AS (
    SELECT component, first(form ORDER BY systems DESC, contains(form, ' : '), rank, form) AS form
    FROM forms
    GROUP BY component
),
spellings AS (
    SELECT m.component, m.raw_key, count(DISTINCT m.system) FILTER (WHERE m.system <> 'middleware') AS systems,
           min(ds_sku_rank(m.system)) AS rank
    FROM members m
    SEMI JOIN chosen_forms f USING (component, form)
    GROUP BY ALL
),
chosen AS (
    SELECT component, first(raw_key ORDER BY systems DESC, rank, raw_key) AS canonical_key
    FROM spellings
    GROUP BY component
)
SELECT c.node_id, 'sku' AS kind, c.component, ch.canonical_key
FROM components c
JOIN chosen ch USING (component);
