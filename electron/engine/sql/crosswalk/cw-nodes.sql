-- Purpose: every identity a system writes, as the crosswalk matches them: each system's locations (compared, as
--          everywhere, ignoring case and punctuation) and SKUs (as written). The middleware log, which relays the
--          other systems' spellings, counts as a system of its own.
-- Params: none.
-- Returns: nothing; (re)creates the temp table cw_nodes(node_id, kind, system, raw_key, raw_value, records, sources):
--          raw_value is the spelling written most often, records how many rows carry it, sources the files a SKU
--          is written in (NULL for a location), so two spellings of one system are told apart only where one export
--          writes both.
CREATE OR REPLACE TEMP TABLE cw_nodes AS
WITH location_spellings AS (
    SELECT system, loc_key, location, count(*) AS n FROM ledger WHERE location IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT system, NULL, location, count(*) FROM snapshots WHERE location IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT 'middleware', loc_key, location, count(*) FROM events WHERE location IS NOT NULL GROUP BY ALL
),
sku_spellings AS (
    SELECT system, sku, source_id, count(*) AS n FROM ledger GROUP BY ALL
    UNION ALL
    SELECT system, sku, source_id, count(*) FROM snapshots GROUP BY ALL
    UNION ALL
    SELECT 'middleware', sku, source_id, count(*) FROM events WHERE sku IS NOT NULL GROUP BY ALL
),
nodes AS (
    SELECT 'location' AS kind, system, raw_key, first(location ORDER BY n DESC, location) AS raw_value, sum(n) AS records,
           NULL::INTEGER[] AS sources
    FROM (SELECT system, coalesce(loc_key, ds_location_key(location)) AS raw_key, location, n FROM location_spellings)
    WHERE raw_key <> ''
    GROUP BY system, raw_key
    UNION ALL
    SELECT 'sku', system, sku, sku, sum(n), list(DISTINCT source_id ORDER BY source_id)
    FROM sku_spellings
    WHERE trim(sku) <> ''
    GROUP BY system, sku
)
SELECT row_number() OVER (ORDER BY kind, system, raw_key) AS node_id, kind, system, raw_key, raw_value, records::BIGINT AS records, sources
FROM nodes;
