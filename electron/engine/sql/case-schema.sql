-- Purpose: create the tables every case file holds (idempotent): bookkeeping, the manifest, rejects and the
--          canonical events / snapshots / ledger that analysis reads, the findings of the last analysis, and the
--          consultant's annotations and starred SKUs.
-- Params: none.
-- Returns: nothing.
CREATE TABLE IF NOT EXISTS case_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS source_id_seq START 1;

CREATE TABLE IF NOT EXISTS sources (
    source_id INTEGER PRIMARY KEY DEFAULT nextval('source_id_seq'),
    path VARCHAR NOT NULL,
    relative_path VARCHAR,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    modified_at TIMESTAMPTZ NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    detected_format VARCHAR NOT NULL,
    encoding VARCHAR,
    preset_id VARCHAR,
    preset_name VARCHAR,
    match_reason VARCHAR,
    system VARCHAR,
    kind VARCHAR,
    tz_rule VARCHAR,
    table_name VARCHAR NOT NULL,
    rows_seen BIGINT NOT NULL,
    rows_loaded BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    warnings VARCHAR,
    captured_at TIMESTAMPTZ,
    qty_is_change BOOLEAN
);

CREATE TABLE IF NOT EXISTS rejects (
    source_id INTEGER NOT NULL,
    line_number BIGINT,
    raw_line VARCHAR,
    reason VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    source_id INTEGER NOT NULL,
    line_number BIGINT,
    event_id VARCHAR,
    ts TIMESTAMPTZ,
    ts_raw VARCHAR,
    path VARCHAR,
    path_raw VARCHAR,
    flow VARCHAR,
    event_type VARCHAR NOT NULL,
    event_type_raw VARCHAR,
    sku VARCHAR,
    location VARCHAR,
    qty DOUBLE,
    status VARCHAR NOT NULL,
    status_raw VARCHAR,
    error_code VARCHAR,
    error_message VARCHAR,
    correlation_id VARCHAR,
    idempotency_key VARCHAR,
    record_ref VARCHAR,
    trigger VARCHAR NOT NULL,
    trigger_raw VARCHAR,
    payload VARCHAR,
    ref_key VARCHAR,
    loc_key VARCHAR,
    -- Where the SKU was read from when the export gave none (schema 6): 'message' or 'payload', the event's text
    -- naming exactly one SKU the case's files write (ingest/sku-from-text.ts); NULL when the export gave it.
    sku_from VARCHAR
);

CREATE TABLE IF NOT EXISTS snapshots (
    source_id INTEGER NOT NULL,
    line_number BIGINT,
    system VARCHAR NOT NULL,
    sku VARCHAR NOT NULL,
    location VARCHAR,
    on_hand DOUBLE,
    available DOUBLE,
    committed DOUBLE,
    incoming DOUBLE,
    unavailable DOUBLE,
    allocated DOUBLE,
    reserve DOUBLE,
    last_modified TIMESTAMPTZ,
    captured_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS ledger (
    source_id INTEGER NOT NULL,
    line_number BIGINT,
    system VARCHAR NOT NULL,
    txn_id VARCHAR,
    ts TIMESTAMPTZ,
    ts_raw VARCHAR,
    txn_type VARCHAR NOT NULL,
    txn_type_raw VARCHAR,
    sku VARCHAR NOT NULL,
    location VARCHAR,
    qty_delta DOUBLE NOT NULL,
    reference VARCHAR,
    status VARCHAR,
    ref_key VARCHAR,
    loc_key VARCHAR,
    -- A second document number for the row, as another system names it (schema 5): the storefront order a
    -- NetSuite fulfillment's memo or Other Ref. # carries while its Created From is the sales order.
    alt_reference VARCHAR,
    alt_ref_key VARCHAR
);

CREATE TABLE IF NOT EXISTS analysis_findings (
    slot INTEGER PRIMARY KEY,
    saved_at TIMESTAMPTZ NOT NULL,
    findings JSON NOT NULL
);

-- The consultant's annotations and starred SKUs (schema 4). They key on identities that survive re-analysis and
-- re-import: an event row by source_id + line_number, a SKU by sku + location, a verdict by cluster + sku + location.
CREATE SEQUENCE IF NOT EXISTS annotation_id_seq START 1;

CREATE TABLE IF NOT EXISTS annotations (
    id INTEGER PRIMARY KEY DEFAULT nextval('annotation_id_seq'),
    kind VARCHAR NOT NULL CHECK (kind IN ('event', 'sku', 'verdict')),
    tag VARCHAR NOT NULL CHECK (tag IN ('confirmed_root_cause', 'false_positive', 'note')),
    sku VARCHAR,
    location VARCHAR,
    cluster VARCHAR,
    source_id INTEGER,
    line_number BIGINT,
    comment VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS starred_skus (
    sku VARCHAR NOT NULL,
    location VARCHAR,
    starred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
