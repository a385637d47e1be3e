-- Purpose: set the file's own staged records aside as temp.stage_flat before temp.stage is rebuilt from them as
--          the records nested in their lists (stage-nested.sql); renaming copies nothing.
-- Params: none.
-- Returns: nothing.
ALTER TABLE temp.stage RENAME TO stage_flat;
