-- Purpose: keep every value the systems wrote at this inference, so a consultant's mapping is laid over the
--          inferred crosswalk (naming the value it maps to, and how many rows carry it) without inferring again.
-- Params: none.
-- Returns: nothing; replaces the table crosswalk_nodes(kind, system, raw_key, raw_value, records) from cw_nodes.
CREATE OR REPLACE TABLE crosswalk_nodes AS
SELECT kind, system, raw_key, raw_value, records FROM cw_nodes;
