-- Purpose: the sources of this case whose naive times were read as UTC for want of a zone.
-- Params: none.
-- Returns: rows (source_id, sha256, kind, warnings).
SELECT source_id, sha256, kind, warnings
FROM sources
WHERE tz_rule LIKE 'none given%' AND kind IN ('ledger', 'events', 'snapshots')
ORDER BY source_id;
