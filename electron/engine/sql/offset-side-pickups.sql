-- Purpose: the aware side of offset inference for a clock-driven handoff: middleware events that carry a naive
--          system's records onward (path from that system), so each follows the record it picked up.
-- Params: $system the naive source's system (erp, wms, storefront); $naive_rule the tz_rule of a source read as UTC
--         for want of a zone.
-- Returns: nothing; creates temp.offset_aware(ref, t) with t an instant written as text with its offset.
CREATE OR REPLACE TEMP TABLE offset_aware AS
SELECT CAST(record_ref AS VARCHAR) AS ref, CAST(ts AS VARCHAR) AS t
FROM events
WHERE record_ref IS NOT NULL
  AND starts_with(path, $system || '->')
  AND source_id IN (SELECT source_id FROM sources WHERE coalesce(tz_rule, '') <> $naive_rule);
