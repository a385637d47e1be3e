-- Purpose: the crosswalk's mappings that change a value, as the analysis views join them: each system's location
--          key or SKU and the identity it stands for. Values the crosswalk maps to themselves (or does not know)
--          keep their own key, so this stays small, and empty when every system names things alike.
-- Params: none.
-- Returns: nothing; (re)creates the temp table analysis_identity(kind, system, raw_key, canonical_key), one row per
--          kind, system and value (a consultant's mapping first, should the table ever hold two).
CREATE OR REPLACE TEMP TABLE analysis_identity AS
SELECT kind, system, raw_key, canonical_key
FROM crosswalk
WHERE canonical_key <> raw_key
QUALIFY row_number() OVER (PARTITION BY kind, system, raw_key ORDER BY method = 'user' DESC, canonical_key) = 1;
