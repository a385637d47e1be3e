-- Purpose: drop a materialised grid view that left the cache.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS {{cache}}.{{copy}};
