-- Purpose: read one source's naive times in an inferred zone: they were read as UTC, so the stored instant in UTC is
--          the wall clock as written, which the zone turns into the true instant (its offset changing with its
--          daylight-saving dates).
-- Identifiers: {{table}} its canonical table; {{column}} a time column.
-- Params: $source_id; $zone an IANA zone.
-- Returns: nothing.
UPDATE {{table}}
SET {{column}} = timezone($zone, timezone('UTC', {{column}}))
WHERE source_id = $source_id;
