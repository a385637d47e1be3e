-- Purpose: the aware side of offset inference for middleware that picks up one system's records on a clock: that
--          system's ledger records whose times are known instants (an offset in the text, or a zone given).
-- Identifiers: {{ref}} the ledger's reference column (txn_id or reference).
-- Params: $system the system (erp, wms, storefront); $naive_rule the tz_rule of a source read as UTC for want of a zone.
-- Returns: nothing; creates temp.offset_aware(ref, t) with t an instant written as text with its offset.
CREATE OR REPLACE TEMP TABLE offset_aware AS
SELECT CAST({{ref}} AS VARCHAR) AS ref, CAST(ts AS VARCHAR) AS t
FROM ledger
WHERE {{ref}} IS NOT NULL
  AND system = $system
  AND source_id IN (SELECT source_id FROM sources WHERE coalesce(tz_rule, '') <> $naive_rule);
