-- Purpose: the ledger as analysis reads it (as analysis-ledger.sql), for a case whose crosswalk renames something:
--          locations and SKUs take the identity the crosswalk gives the row's system's spelling (analysis_identity),
--          else their own. ref_key, alt_ref_key and loc_key were computed at import; rows inserted without them get
--          them here (a CASE, not coalesce: DuckDB evaluates only the rows that need it).
-- Params: none.
-- Returns: nothing; (re)creates the temp view analysis_ledger_rows (analysis_ledger before rows that repeat another
--          export of the same system are set aside, analysis-ledger-kept.sql): every ledger column (loc_key crosswalked) plus
--          sku_key and moves_stock, false for rows that only commit stock (orders, releases) and for ERP rows of
--          type other (purchase orders, invoices, work orders).
CREATE OR REPLACE TEMP VIEW analysis_ledger_rows AS
SELECT l.* REPLACE (
           ds_erp_return_type(l.system, l.txn_type, l.reference) AS txn_type,
           CASE WHEN l.ref_key IS NULL THEN ds_ref_key(coalesce(l.reference, l.txn_id)) ELSE l.ref_key END AS ref_key,
           coalesce(lx.canonical_key, CASE WHEN l.loc_key IS NULL THEN ds_location_key(l.location) ELSE l.loc_key END) AS loc_key,
           CASE WHEN l.alt_ref_key IS NULL AND l.alt_reference IS NOT NULL THEN ds_ref_key(l.alt_reference)
                ELSE l.alt_ref_key END AS alt_ref_key
       ),
       coalesce(sx.canonical_key, l.sku) AS sku_key,
       l.txn_type NOT IN ('order', 'release') AND NOT (l.system = 'erp' AND l.txn_type = 'other') AS moves_stock
FROM ledger l
LEFT JOIN analysis_identity lx
    ON lx.kind = 'location' AND lx.system = l.system
   AND lx.raw_key = CASE WHEN l.loc_key IS NULL THEN ds_location_key(l.location) ELSE l.loc_key END
LEFT JOIN analysis_identity sx ON sx.kind = 'sku' AND sx.system = l.system AND sx.raw_key = l.sku;
