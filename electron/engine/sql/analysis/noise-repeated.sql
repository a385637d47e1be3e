-- Purpose: first pass of duplicate detection: the group keys (hashed by noise_delivery_hash, see noise-macros.sql)
--          that two or more deliveries share. A delivery is an event with status success or duplicate and an
--          idempotency key or correlation id. Only hashes are kept, so the pass over every delivery stays cheap; a
--          collision merely sends a group to the second pass, which groups by the keys themselves.
-- Params: none.
-- Returns: nothing; (re)creates the temp table noise_repeated(group_hash).
CREATE OR REPLACE TEMP TABLE noise_repeated AS
SELECT noise_delivery_hash(eff_path, sku_key, idempotency_key, correlation_id, eff_type) AS group_hash
FROM analysis_events
WHERE status IN ('success', 'duplicate') AND (idempotency_key IS NOT NULL OR correlation_id IS NOT NULL)
GROUP BY group_hash
HAVING count(*) >= 2;
