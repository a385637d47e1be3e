-- Purpose: start the list of id -> value pairs that reference exports give (see cw-id-pairs-add.sql).
-- Params: none.
-- Returns: nothing; (re)creates the empty temp table cw_id_pairs(kind, origin, id_value, value).
CREATE OR REPLACE TEMP TABLE cw_id_pairs (
    kind VARCHAR NOT NULL,
    origin VARCHAR NOT NULL,
    id_value VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);
