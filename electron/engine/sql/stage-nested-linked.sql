-- Purpose: read a JSON-lines file whose lines name the line they belong to (Shopify bulk operation output: an
--          inventory level's line names its item's line in __parentId) as records with their parent's keys. A line
--          that other lines name is read into them, not as a record; every other line is a record: one that names
--          a parent is a JSON object with the parent line's keys (also under the parent name) and its own on top;
--          one whose parent is missing, or that names none and no line names it (an item without levels), is kept
--          as it is with the reason, so it is rejected with it; a line that is not JSON is kept as it is.
-- Params: $parent_key and $id_key the JSON paths of the key naming a line's parent and of a line's own id;
--         $parent the name the parent line is also read under ('' for none); $parent_text and $id_text the two
--         keys as the file writes them, for reasons; $source_records how many lines to read (NULL: all).
-- Returns: nothing; creates temp.stage(line, line_base, nested_reason, way) from temp.stage_flat, in file order;
--          line_base is the file line, way 1 for a record read with its parent (NULL otherwise).
CREATE OR REPLACE TEMP TABLE stage AS
WITH flat AS (
    SELECT source_record, line, ok,
        CASE WHEN ok THEN json_extract_string(line, $parent_key) END AS parent_id,
        CASE WHEN ok THEN json_extract_string(line, $id_key) END AS own_id
    FROM (
        SELECT source_record, line, line IS NOT NULL AND json_valid(line) AS ok
        FROM (SELECT rowid + 1 AS source_record, line FROM temp.stage_flat LIMIT $source_records)
    )
),
parents AS (
    -- The first line with an id, should a file repeat one.
    SELECT own_id, arg_min(line, source_record) AS line
    FROM flat
    WHERE own_id IS NOT NULL
    GROUP BY own_id
),
named AS (
    SELECT DISTINCT parent_id FROM flat WHERE parent_id IS NOT NULL
)
SELECT
    CASE WHEN f.parent_id IS NOT NULL AND p.line IS NOT NULL THEN json_merge_patch(
            p.line,
            CASE WHEN $parent <> '' THEN json_object($parent, p.line::JSON) ELSE '{}' END,
            f.line)::VARCHAR
         ELSE f.line END AS line,
    f.source_record AS line_base,
    CASE WHEN NOT f.ok THEN NULL
         WHEN f.parent_id IS NOT NULL AND p.line IS NULL THEN
             'records: no line has the ' || $id_text || ' "' || left(f.parent_id, 80) || '" this line names in ' || $parent_text
         WHEN f.parent_id IS NULL THEN 'records: no line names this one in ' || $parent_text
    END AS nested_reason,
    CASE WHEN f.parent_id IS NOT NULL AND p.line IS NOT NULL THEN 1 END AS way
FROM flat f
LEFT JOIN parents p ON p.own_id = f.parent_id
LEFT JOIN named n ON n.parent_id = f.own_id
WHERE n.parent_id IS NULL
ORDER BY f.source_record;
