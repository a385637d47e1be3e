-- Purpose: set a plain-text log's lines, staged one per row by stage-lines.sql, aside as temp.log_lines before
--          temp.stage is rebuilt from them as the log's records (stage-log-records.sql); renaming copies nothing.
-- Params: none.
-- Returns: nothing.
ALTER TABLE temp.stage RENAME TO log_lines;
