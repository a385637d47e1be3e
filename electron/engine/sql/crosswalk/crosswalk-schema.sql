-- Purpose: create the crosswalk tables every case holds (idempotent): the identity each system's location and SKU
--          spellings map to, with how each was matched; the consultant's own mappings, which always win; and what the
--          last inference found (every value the systems write, and the inferred rows), so a mapping is laid over it
--          without inferring again.
-- Params: none.
-- Returns: nothing.
CREATE TABLE IF NOT EXISTS crosswalk (
    kind VARCHAR NOT NULL,
    system VARCHAR NOT NULL,
    raw_value VARCHAR NOT NULL,
    raw_key VARCHAR NOT NULL,
    canonical_key VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    support BIGINT,
    confidence DOUBLE,
    matched_system VARCHAR,
    matched_value VARCHAR,
    records BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS crosswalk_edits (
    kind VARCHAR NOT NULL CHECK (kind IN ('location', 'sku')),
    system VARCHAR NOT NULL,
    raw_key VARCHAR NOT NULL,
    raw_value VARCHAR NOT NULL,
    target VARCHAR NOT NULL,
    set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, system, raw_key)
);

CREATE TABLE IF NOT EXISTS crosswalk_nodes (
    kind VARCHAR NOT NULL,
    system VARCHAR NOT NULL,
    raw_key VARCHAR NOT NULL,
    raw_value VARCHAR NOT NULL,
    records BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS crosswalk_inferred AS
SELECT * FROM crosswalk LIMIT 0;
