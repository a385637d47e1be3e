-- Purpose: empty the crosswalk before it is written afresh (the consultant's mappings live in crosswalk_edits).
-- Params: none.
-- Returns: nothing.
DELETE FROM crosswalk;
