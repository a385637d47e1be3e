-- Purpose: the grid cache, an in-memory database beside the case where materialised views live. Every connection of
--          the case sees it; it is compressed like a database file, spills to the case's temporary folder under the
--          memory limit, and vanishes on close.
-- Params: none.
-- Returns: nothing.
ATTACH IF NOT EXISTS ':memory:' AS driftscope_grid_cache (COMPRESS);
