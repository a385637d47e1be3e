-- Purpose: the sources of this case whose naive times were read as UTC for want of a zone.
-- Params: $naive_rule the tz_rule of a source read as UTC for want of a zone.
-- Returns: rows (source_id, sha256, kind, system, warnings).
SELECT source_id, sha256, kind, system, warnings
FROM sources
WHERE tz_rule = $naive_rule AND kind IN ('ledger', 'events', 'snapshots')
ORDER BY source_id;
