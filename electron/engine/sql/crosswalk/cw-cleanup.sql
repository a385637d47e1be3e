-- Purpose: drop the crosswalk inference's working tables once the crosswalk is written.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS cw_nodes;
DROP TABLE IF EXISTS cw_sku_forms;
DROP TABLE IF EXISTS cw_links;
DROP TABLE IF EXISTS cw_identity;
DROP TABLE IF EXISTS cw_inferred;
DROP TABLE IF EXISTS cw_id_pairs;
