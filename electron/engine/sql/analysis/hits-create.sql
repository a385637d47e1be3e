-- Purpose: the table every cluster detector writes its findings to, one row per evidence row.
-- Params: none.
-- Returns: nothing; (re)creates analysis_hits. effect is the signed change to (ERP - WMS) the row accounts for
--          (NULL for rows that only support the finding); strength 0..1 is how strongly the row points at the cluster.
CREATE OR REPLACE TABLE analysis_hits (
    cluster VARCHAR NOT NULL,
    sku_key VARCHAR NOT NULL,
    loc_key VARCHAR NOT NULL,
    effect DOUBLE,
    strength DOUBLE NOT NULL,
    evidence_table VARCHAR NOT NULL,
    source_id INTEGER,
    line_number BIGINT,
    ts TIMESTAMPTZ,
    reference VARCHAR,
    summary VARCHAR NOT NULL
);
