-- Purpose: drop the file records an earlier file's nested staging kept aside on this connection.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS temp.stage_flat;
