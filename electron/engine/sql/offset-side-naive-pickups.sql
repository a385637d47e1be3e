-- Purpose: the naive side of offset inference for a middleware log read as UTC for want of a zone, when its events
--          pick up one system's records on a clock: the events of that source on paths from that system, each
--          following the record it carries by up to the sync period.
-- Params: $source_id the naive events source; $system the system whose records the events carry (erp, wms, storefront).
-- Returns: nothing; creates temp.offset_naive(ref, t) with t the wall clock as the export wrote it.
CREATE OR REPLACE TEMP TABLE offset_naive AS
SELECT CAST(record_ref AS VARCHAR) AS ref, timezone('UTC', ts) AS t
FROM events
WHERE source_id = $source_id
  AND record_ref IS NOT NULL
  AND starts_with(path, $system || '->');
