-- Purpose: the ledger rows that repeat a row of an earlier export of the same system, so analysis counts each stock
--          move once when a client hands over overlapping exports (a month's SuiteQL pull and last week's saved
--          search). Only sources of one system whose time ranges overlap (a day's margin) are compared. A row repeats
--          when an earlier source has a row with the same document number, SKU and location identity, quantity, and
--          a time within a day (either may be unknown), matched occurrence by occurrence, so a document's two equal
--          lines stay two. Rows without a document number are never taken for repeats.
-- Params: none. Needs the view analysis_ledger_rows.
-- Returns: nothing; (re)creates the temp table analysis_ledger_repeats(source_id, line_number, kept_source_id).
CREATE OR REPLACE TEMP TABLE analysis_ledger_repeats AS
WITH spans AS (
    SELECT source_id, any_value(system) AS system, min(ts) AS first_ts, max(ts) AS last_ts
    FROM ledger
    GROUP BY source_id
),
pairs AS (
    SELECT a.source_id AS kept, b.source_id AS repeated
    FROM spans a
    JOIN spans b ON a.system = b.system AND a.source_id < b.source_id
        AND a.first_ts <= b.last_ts + INTERVAL 1 DAY AND b.first_ts <= a.last_ts + INTERVAL 1 DAY
),
compared AS (
    SELECT source_id, line_number, system, txn_id, sku_key, loc_key, qty_delta, ts,
           row_number() OVER (PARTITION BY source_id, txn_id, sku_key, loc_key, qty_delta ORDER BY line_number) AS nth
    FROM analysis_ledger_rows
    WHERE txn_id IS NOT NULL
      AND source_id IN (SELECT kept FROM pairs UNION SELECT repeated FROM pairs)
)
SELECT r.source_id, r.line_number, min(k.source_id) AS kept_source_id
FROM pairs p
JOIN compared r ON r.source_id = p.repeated
JOIN compared k ON k.source_id = p.kept AND k.txn_id = r.txn_id AND k.sku_key = r.sku_key
    AND k.loc_key IS NOT DISTINCT FROM r.loc_key AND k.qty_delta = r.qty_delta AND k.nth = r.nth
    AND (k.ts IS NULL OR r.ts IS NULL OR abs(epoch(k.ts) - epoch(r.ts)) <= 86400)
GROUP BY r.source_id, r.line_number;
