-- Purpose: read the id pairs a raw table of JSON lines holds (a Shopify GraphQL or bulk export: a variant's line with
--          its `sku` and `inventoryItem.id`, an inventory level's line with its `location` id and name; a list of
--          places, each line an `id` and a `name`, such as ShipBob's fulfillment centers), ids written
--          as Shopify GIDs (`gid://shopify/InventoryItem/271878790954042977`) read by their number, as webhooks write
--          them. Only a one-to-one mapping counts, as in cw-id-pairs-add.sql; lines that are not JSON give nothing.
-- Identifiers: {{table}} the raw table (one `line` column).
-- Params: $origin (how the evidence names it: the file name).
-- Returns: nothing; adds the pairs to cw_id_pairs.
INSERT INTO cw_id_pairs
SELECT kind, $origin || CASE kind WHEN 'sku' THEN ' (item id -> sku)' ELSE ' (location id -> name)' END, id_value, value
FROM (
    SELECT kind, id_value, min(value) AS value
    FROM (
        SELECT 'sku' AS kind,
               regexp_extract(trim(coalesce(json_extract_string(line, '$.inventoryItem.id'),
                                            json_extract_string(line, '$.inventory_item_id'),
                                            json_extract_string(line, '$.inventory_item.id'))), '([0-9]+)$', 1) AS id_value,
               trim(json_extract_string(line, '$.sku')) AS value
        FROM {{table}}
        WHERE json_valid(line)
        UNION ALL
        SELECT 'location',
               regexp_extract(trim(json_extract_string(line, '$.location.id')), '([0-9]+)$', 1),
               trim(json_extract_string(line, '$.location.name'))
        FROM {{table}}
        WHERE json_valid(line)
        UNION ALL
        -- A list of the places themselves (ShipBob's fulfillment centers: `id`, `name`); a line naming a SKU is an
        -- item, not a place.
        SELECT 'location',
               regexp_extract(trim(json_extract_string(line, '$.id')), '([0-9]+)$', 1),
               trim(json_extract_string(line, '$.name'))
        FROM {{table}}
        WHERE json_valid(line) AND json_extract(line, '$.sku') IS NULL
    )
    WHERE id_value <> '' AND value <> '' AND id_value <> value
    GROUP BY kind, id_value
    HAVING count(DISTINCT value) = 1
)
QUALIFY count(*) OVER (PARTITION BY kind, value) = 1;
