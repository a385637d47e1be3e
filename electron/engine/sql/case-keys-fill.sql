-- Purpose: compute the join keys of rows loaded by a version that did not store them (case schema 2), once, when
--          such a case is opened.
-- Params: none.
-- Returns: nothing.
UPDATE events SET ref_key = ds_ref_key(coalesce(record_ref, idempotency_key)), loc_key = ds_location_key(location);
UPDATE ledger SET ref_key = ds_ref_key(coalesce(reference, txn_id)), loc_key = ds_location_key(location);
