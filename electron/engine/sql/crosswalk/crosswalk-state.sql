-- Purpose: when the crosswalk was last inferred, so a case imported before it existed gets one on first need.
-- Params: none.
-- Returns: zero or one row (inferred_at).
SELECT value AS inferred_at FROM case_meta WHERE key = 'crosswalk_inferred_at';
