-- Purpose: the ledger rows that repeat a row of another export of the same system, so analysis counts each stock
--          move once when a client hands over overlapping exports (a month's SuiteQL pull and last week's saved
--          search). Only sources of one system whose time ranges overlap (a day's margin) are compared. Of two such
--          exports, the rows of the one naming more documents per row are kept, else the earlier import's. A row of
--          the other repeats when the kept export has a row with the same document number (compared as references
--          are, so a saved search's `IR20890` is SuiteQL's `IR-20890`), SKU and location identity, quantity, and a
--          time within a day (either may be unknown), matched occurrence by occurrence, so a document's two equal
--          lines stay two. Rows without a document number are never taken for repeats.
-- Params: none. Needs the view analysis_ledger_rows.
-- Returns: nothing; (re)creates the temp table analysis_ledger_repeats(source_id, line_number, kept_source_id).
CREATE OR REPLACE TEMP TABLE analysis_ledger_repeats AS
WITH spans AS (
    SELECT source_id, any_value(system) AS system, min(ts) AS first_ts, max(ts) AS last_ts,
           avg((ref_key IS NOT NULL)::INT + (alt_ref_key IS NOT NULL)::INT) AS links
    FROM analysis_ledger_rows
    GROUP BY source_id
),
-- Of two overlapping exports, the one whose rows name more documents is kept (a SuiteQL pull carrying the storefront
-- order beside the sales order, rather than a saved search naming only the sales order), else the earlier import.
pairs AS (
    SELECT CASE WHEN b.links > a.links THEN b.source_id ELSE a.source_id END AS kept,
           CASE WHEN b.links > a.links THEN a.source_id ELSE b.source_id END AS repeated
    FROM spans a
    JOIN spans b ON a.system = b.system AND a.source_id < b.source_id
        AND a.first_ts <= b.last_ts + INTERVAL 1 DAY AND b.first_ts <= a.last_ts + INTERVAL 1 DAY
),
compared AS (
    SELECT source_id, line_number, system, ds_ref_key(txn_id) AS txn_key, sku_key, loc_key, qty_delta, ts,
           row_number() OVER (PARTITION BY source_id, ds_ref_key(txn_id), sku_key, loc_key, qty_delta ORDER BY line_number) AS nth
    FROM analysis_ledger_rows
    WHERE txn_id IS NOT NULL
      AND source_id IN (SELECT kept FROM pairs UNION SELECT repeated FROM pairs)
)
SELECT r.source_id, r.line_number, any_value(k.source_id) AS kept_source_id
FROM pairs p
JOIN compared r ON r.source_id = p.repeated
JOIN compared k ON k.source_id = p.kept AND k.txn_key = r.txn_key AND k.sku_key = r.sku_key
    AND k.loc_key IS NOT DISTINCT FROM r.loc_key AND k.qty_delta = r.qty_delta AND k.nth = r.nth
    AND (k.ts IS NULL OR r.ts IS NULL OR abs(epoch(k.ts) - epoch(r.ts)) <= 86400)
GROUP BY r.source_id, r.line_number;
