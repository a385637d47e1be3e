-- Purpose: remove one annotation.
-- Params: $id.
-- Returns: one row (id) when it existed, none otherwise.
DELETE FROM annotations WHERE id = $id RETURNING id;
