-- Purpose: create the bookkeeping tables every case file holds (idempotent).
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
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    modified_at TIMESTAMPTZ NOT NULL,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    detected_format VARCHAR NOT NULL,
    table_name VARCHAR NOT NULL,
    rows_seen BIGINT NOT NULL,
    rows_loaded BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS rejects (
    source_id INTEGER NOT NULL,
    line_number BIGINT,
    raw_line VARCHAR,
    reason VARCHAR NOT NULL
);
