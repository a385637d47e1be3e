-- Purpose: the columns of the case's raw tables (files no format recognised), so the crosswalk can find among them a
--          reference export that maps ids to SKUs or to location names (a Shopify inventory_items.csv:
--          inventory_item_id -> sku), which the systems' own rows cannot tell.
-- Params: none.
-- Returns: rows (table_name, file_name, column_name), a table's columns in their order; the columns every raw table
--          gets at import (source_id, line_number) left out.
SELECT s.table_name, s.file_name, c.column_name
FROM sources s
JOIN duckdb_columns() c
  ON c.table_name = s.table_name AND c.database_name = current_database() AND c.schema_name = current_schema()
WHERE s.kind = 'raw'
  AND c.column_name NOT IN ('source_id', 'line_number')
ORDER BY s.source_id, c.column_index;
