-- Purpose: bring a case written by an earlier schema version up to the current manifest columns (idempotent).
-- Params: none.
-- Returns: nothing.
ALTER TABLE sources ADD COLUMN IF NOT EXISTS relative_path VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS encoding VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS preset_id VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS preset_name VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS match_reason VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS system VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS kind VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS tz_rule VARCHAR;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS warnings VARCHAR;
