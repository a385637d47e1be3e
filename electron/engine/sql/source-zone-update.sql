-- Purpose: record the zone rule finally applied to a source and its warnings.
-- Params: $source_id; $tz_rule; $warnings.
-- Returns: nothing.
UPDATE sources SET tz_rule = $tz_rule, warnings = $warnings WHERE source_id = $source_id;
