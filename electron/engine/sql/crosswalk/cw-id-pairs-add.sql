-- Purpose: read one candidate id table: each id with the one SKU or location name it stands for. Only a one-to-one
--          mapping counts: an id given two values, or a value given two ids, is left out, as is an id equal to its
--          value.
-- Identifiers: {{table}} the raw table; {{id}} its id column; {{value}} its SKU or name column.
-- Params: $kind ('sku' or 'location'); $origin (how the evidence names it: 'inventory_items.csv (inventory_item_id
--         -> sku)').
-- Returns: nothing; adds the pairs to cw_id_pairs.
INSERT INTO cw_id_pairs
SELECT $kind, $origin, id_value, value
FROM (
    SELECT id_value, min(value) AS value
    FROM (SELECT trim(CAST({{id}} AS VARCHAR)) AS id_value, trim(CAST({{value}} AS VARCHAR)) AS value FROM {{table}})
    WHERE id_value <> '' AND value <> '' AND id_value <> value
    GROUP BY id_value
    HAVING count(DISTINCT value) = 1
)
QUALIFY count(*) OVER (PARTITION BY value) = 1;
