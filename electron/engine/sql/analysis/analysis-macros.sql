-- Purpose: macros the analysis output uses (persistent, recreated before every analysis run).
-- Params: none.
-- Returns: nothing. ds_iso(ts): an instant as ISO 8601 UTC text with milliseconds, as JavaScript writes it;
--          ds_qty(x): a quantity as text, without a trailing .0 when it is whole; ds_erp_return_type(system,
--          txn_type, reference): a ledger row's type, an ERP receipt of a return authorization read as a return.
CREATE OR REPLACE MACRO ds_iso(ts) AS strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ');

CREATE OR REPLACE MACRO ds_qty(x) AS CASE WHEN x = round(x) THEN CAST(round(x) AS BIGINT)::VARCHAR ELSE x::VARCHAR END;

-- An ERP item receipt created from a return authorization is the return it receives (NetSuite posts a return on the
-- receipt; the authorization itself moves nothing): its reference names the authorization ('Return Authorization
-- #RMA1203', 'RtnAuth', or an RMA number). Every other row keeps its type.
CREATE OR REPLACE MACRO ds_erp_return_type(system, txn_type, reference) AS
    CASE WHEN system = 'erp' AND txn_type = 'receipt' AND regexp_matches(reference, '(?i)return auth|rtnauth|\brma')
         THEN 'return' ELSE txn_type END;
