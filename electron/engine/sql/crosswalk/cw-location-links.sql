-- Purpose: link locations across systems. Names equal ignoring case and punctuation always link (exact, or
--          normalised when the spellings differ). Other pairs link by what their records share: business references
--          (a PO, order or RMA seen at one location in each of two systems' ledgers or the middleware log), or
--          snapshots in which the same SKUs hold the same non-zero figure. A pair needs support (2 references, 3
--          SKUs) and exclusivity: at least 60 % of what each side shares with the other system must go to the
--          other side, so a transfer between warehouses or a chance equal figure links nothing. Figures compete only
--          within one file of the other system: a storefront whose export names its locations and whose webhooks
--          give their ids writes each place twice, in two files, and both spellings then link to the one place. A reference held
--          at two locations of one system (a split order) proves nothing and is left out; so are the middleware
--          log's rows at a location some system of record names alike (that pair is matched by its name).
-- Params: none.
-- Returns: nothing; adds the location pairs to cw_links: support is the number of references or SKUs shared,
--          exclusivity the smaller share, confidence exclusivity x support / (support + 1), example one of them.
INSERT INTO cw_links
WITH location_nodes AS (
    SELECT node_id, system, raw_key, raw_value FROM cw_nodes WHERE kind = 'location'
),
same_key AS (
    SELECT 'location' AS kind, a.node_id AS a, b.node_id AS b,
           CASE WHEN a.raw_value = b.raw_value THEN 'exact' ELSE 'normalised' END AS method,
           NULL::BIGINT AS support, 1.0 AS exclusivity,
           CASE WHEN a.raw_value = b.raw_value THEN 1.0 ELSE 0.95 END AS confidence, NULL::VARCHAR AS example
    FROM location_nodes a
    JOIN location_nodes b ON b.raw_key = a.raw_key AND b.system > a.system
),
unambiguous AS (
    -- Middleware rows count only where their location is a name no system of record writes: one it writes is
    -- matched by its name already, and the log is the largest table, read here only when it can tell something.
    -- Two files of one system may write one location with and without its parents (NetSuite's `Region : DC` in a
    -- saved search, `DC` in a SuiteQL pull): a reference held at both spellings is still held at one location.
    SELECT ref_key, system, min(loc_key) AS loc_key
    FROM (
        SELECT CASE WHEN ref_key IS NULL THEN ds_ref_key(coalesce(reference, txn_id)) ELSE ref_key END AS ref_key, system,
               CASE WHEN loc_key IS NULL THEN ds_location_key(location) ELSE loc_key END AS loc_key,
               ds_location_key(regexp_replace(location, '^.*:', '')) AS leaf_key
        FROM ledger
        WHERE location IS NOT NULL
        UNION ALL
        SELECT CASE WHEN e.ref_key IS NULL THEN ds_ref_key(coalesce(e.record_ref, e.idempotency_key)) ELSE e.ref_key END, 'middleware',
               CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END,
               CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END
        FROM events e
        WHERE e.location IS NOT NULL
          AND CASE WHEN e.loc_key IS NULL THEN ds_location_key(e.location) ELSE e.loc_key END NOT IN (
              SELECT raw_key FROM location_nodes WHERE system <> 'middleware'
          )
    )
    WHERE ref_key IS NOT NULL AND loc_key <> ''
    GROUP BY ref_key, system
    HAVING count(DISTINCT leaf_key) = 1
),
ref_pairs AS (
    SELECT 'shared_reference' AS method, a.system AS sa, a.loc_key AS ka, b.system AS sb, b.loc_key AS kb,
           count(*) AS support, min(a.ref_key) AS example
    FROM unambiguous a
    JOIN unambiguous b ON b.ref_key = a.ref_key AND b.system > a.system
    GROUP BY ALL
),
latest_figures AS (
    SELECT s.system, ds_location_key(s.location) AS loc_key, coalesce(i.canonical_key, s.sku) AS sku_id,
           coalesce(s.on_hand, s.available) AS figure, s.source_id
    FROM snapshots s
    LEFT JOIN cw_nodes n ON n.kind = 'sku' AND n.system = s.system AND n.raw_key = s.sku
    LEFT JOIN cw_identity i ON i.node_id = n.node_id
    WHERE s.location IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY s.system, loc_key, sku_id
        ORDER BY s.captured_at DESC NULLS LAST, s.source_id DESC, s.line_number DESC
    ) = 1
),
figures AS (
    SELECT * FROM latest_figures WHERE figure <> 0 AND loc_key <> ''
),
figure_pairs AS (
    SELECT 'shared_figures' AS method, a.system AS sa, a.loc_key AS ka, b.system AS sb, b.loc_key AS kb,
           count(DISTINCT a.sku_id) AS support, min(a.sku_id) AS example, a.source_id AS source_a, b.source_id AS source_b
    FROM figures a
    JOIN figures b ON b.sku_id = a.sku_id AND b.figure = a.figure AND b.system > a.system
    GROUP BY ALL
),
scored AS (
    SELECT *,
           support / sum(support) OVER (PARTITION BY method, sa, ka, sb, source_b) AS share_a,
           support / sum(support) OVER (PARTITION BY method, sb, kb, sa, source_a) AS share_b
    FROM (
        SELECT *, NULL::INTEGER AS source_a, NULL::INTEGER AS source_b FROM ref_pairs
        UNION ALL
        SELECT * FROM figure_pairs
    )
),
-- A pair seen in several pairs of files keeps its best showing.
accepted AS (
    SELECT method, sa, ka, sb, kb, max(support) AS support, max(least(share_a, share_b)) AS exclusivity,
           arg_max(example, support) AS example
    FROM scored
    WHERE support >= CASE method WHEN 'shared_reference' THEN 2 ELSE 3 END
      AND least(share_a, share_b) >= 0.6
    GROUP BY method, sa, ka, sb, kb
)
SELECT 'location', na.node_id, nb.node_id, x.method, x.support, x.exclusivity,
       round(x.exclusivity * x.support / (x.support + 1), 3), x.example
FROM accepted x
JOIN location_nodes na ON na.system = x.sa AND na.raw_key = x.ka
JOIN location_nodes nb ON nb.system = x.sb AND nb.raw_key = x.kb
UNION ALL
SELECT * FROM same_key;
