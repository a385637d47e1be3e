-- Purpose: the ledger as analysis reads it, with whether each row moves stock.
--          A case whose crosswalk renames a location or SKU reads analysis-ledger-crosswalked.sql instead.
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_ledger_rows (analysis_ledger before rows that repeat another
--          export of the same system are set aside, analysis-ledger-kept.sql): every ledger column (ref_key, alt_ref_key and
--          loc_key were computed at import; rows inserted without them get them here (a CASE, not coalesce: DuckDB
--          evaluates only the rows that need it)) plus sku_key and moves_stock (an ERP receipt created from a
--          return authorization reads as the return it is, ds_erp_return_type), false for rows that only commit
--          stock (orders, releases) and for ERP rows of type other (purchase orders, invoices, work orders).
--          A row links to another system's rows when either of its two reference keys matches either of theirs.
CREATE OR REPLACE TEMP VIEW analysis_ledger_rows AS
SELECT * REPLACE (
           ds_erp_return_type(l.system, l.txn_type, l.reference) AS txn_type,
           CASE WHEN l.ref_key IS NULL THEN ds_ref_key(coalesce(l.reference, l.txn_id)) ELSE l.ref_key END AS ref_key,
           CASE WHEN l.loc_key IS NULL THEN ds_location_key(l.location) ELSE l.loc_key END AS loc_key,
           CASE WHEN l.alt_ref_key IS NULL AND l.alt_reference IS NOT NULL THEN ds_ref_key(l.alt_reference)
                ELSE l.alt_ref_key END AS alt_ref_key
       ),
       l.sku AS sku_key,
       l.txn_type NOT IN ('order', 'release') AND NOT (l.system = 'erp' AND l.txn_type = 'other') AS moves_stock
FROM ledger l;
