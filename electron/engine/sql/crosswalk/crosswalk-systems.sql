-- Purpose: the systems a consultant's mapping may name: the four every case knows, and any other the crosswalk holds.
-- Params: none.
-- Returns: rows (system).
SELECT system FROM (VALUES ('erp'), ('wms'), ('storefront'), ('middleware')) t(system)
UNION
SELECT DISTINCT system FROM crosswalk
ORDER BY system;
