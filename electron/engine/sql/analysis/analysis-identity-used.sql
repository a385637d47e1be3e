-- Purpose: whether the crosswalk renames anything, so the analysis views join it only then: a join in a view the
--          detectors read twice makes DuckDB keep a copy of every row it passes, which costs memory for nothing when
--          every system names things alike.
-- Params: none.
-- Returns: one row (used).
SELECT EXISTS (SELECT 1 FROM analysis_identity) AS used;
