-- Purpose: drop the working tables of sync-mode detection once analysis_sync_mode is written.
-- Params: none.
-- Returns: nothing.
DROP TABLE IF EXISTS sync_mode_buckets;

DROP TABLE IF EXISTS sync_mode_batches;

DROP TABLE IF EXISTS sync_mode_lags;
