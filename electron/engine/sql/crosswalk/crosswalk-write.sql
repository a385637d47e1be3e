-- Purpose: write the crosswalk: the inferred rows, with the consultant's mappings in place of (or beside) them. A
--          mapping's target names an identity: when it is a key some system writes (a canonical key, or another
--          system's spelling), the mapping joins that key's identity; otherwise it is an identity of its own (so a
--          value wrongly matched is kept apart by mapping it to a new name).
-- Params: none.
-- Returns: nothing; fills the crosswalk table from the last inference (crosswalk_inferred, crosswalk_nodes) and
--          crosswalk_edits.
INSERT INTO crosswalk (kind, system, raw_value, raw_key, canonical_key, method, evidence, support, confidence,
                       matched_system, matched_value, records)
WITH anchors AS (
    SELECT e.kind, e.system, e.raw_key, a.system AS anchor_system, a.raw_value AS anchor_value,
           coalesce(i.canonical_key, a.raw_key) AS canonical_key
    FROM crosswalk_edits e
    JOIN crosswalk_nodes a ON a.kind = e.kind AND a.raw_key = e.target AND NOT (a.system = e.system AND a.raw_key = e.raw_key)
    LEFT JOIN crosswalk_inferred i ON i.kind = a.kind AND i.system = a.system AND i.raw_key = a.raw_key
    QUALIFY row_number() OVER (
        PARTITION BY e.kind, e.system, e.raw_key
        ORDER BY CASE WHEN e.kind = 'location' THEN ds_location_rank(a.system) ELSE ds_sku_rank(a.system) END, a.system
    ) = 1
),
edited AS (
    SELECT e.kind, e.system, coalesce(n.raw_value, e.raw_value) AS raw_value, e.raw_key,
           coalesce(a.canonical_key, e.target) AS canonical_key, 'user' AS method,
           CASE
               WHEN a.anchor_system IS NULL THEN printf('set by the user: an identity of its own, ''%s''', e.target)
               ELSE printf('set by the user: same as %s ''%s''', a.anchor_system, a.anchor_value)
           END AS evidence,
           NULL::BIGINT AS support, 1.0 AS confidence, a.anchor_system AS matched_system, a.anchor_value AS matched_value,
           coalesce(n.records, 0) AS records
    FROM crosswalk_edits e
    LEFT JOIN anchors a USING (kind, system, raw_key)
    LEFT JOIN crosswalk_nodes n ON n.kind = e.kind AND n.system = e.system AND n.raw_key = e.raw_key
)
SELECT i.kind, i.system, i.raw_value, i.raw_key, i.canonical_key, i.method, i.evidence, i.support, i.confidence,
       i.matched_system, i.matched_value, i.records
FROM crosswalk_inferred i
ANTI JOIN crosswalk_edits e ON e.kind = i.kind AND e.system = i.system AND e.raw_key = i.raw_key
UNION ALL
SELECT * FROM edited
ORDER BY kind, canonical_key, system, raw_key;
