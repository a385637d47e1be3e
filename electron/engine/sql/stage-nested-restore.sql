-- Purpose: stage a file's own records again, as they were set aside in temp.stage_flat, for a mapping that reads
--          them without exploding nested lists.
-- Params: none.
-- Returns: nothing; recreates temp.stage(line) in file order.
CREATE OR REPLACE TEMP TABLE stage AS SELECT line FROM temp.stage_flat ORDER BY rowid;
