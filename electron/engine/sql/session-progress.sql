-- Purpose: let a private connection report how far its running statement is (read by Session.progress), without
--          DuckDB printing a progress bar of its own.
-- Params: none.
-- Returns: nothing.
SET enable_progress_bar = true;
SET enable_progress_bar_print = false;
SET progress_bar_time = 0;
