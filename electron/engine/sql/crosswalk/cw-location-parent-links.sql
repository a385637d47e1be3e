-- Purpose: link a location written under its parents ('East : Atlanta DC', a NetSuite sub-location; 'A : B : C'
--          deeper) to the same location written without them ('Atlanta DC', or 'B : C'), in the same or another
--          system: the longest trailing part of the path that some location is named (ignoring case and
--          punctuation) wins. A name two paths of one system end in ('East : Stock', 'West : Stock') proves nothing
--          and links neither.
-- Params: none.
-- Returns: nothing; adds the pairs to cw_links with method 'parent' (a: the path, b: the location it ends in;
--          example: the parents left out, 'East').
INSERT INTO cw_links
WITH location_nodes AS (
    SELECT node_id, system, raw_key, raw_value FROM cw_nodes WHERE kind = 'location'
),
paths AS (
    SELECT node_id, system, parts
    FROM (SELECT node_id, system, regexp_split_to_array(trim(raw_value), '\s*:\s*') AS parts FROM location_nodes)
    WHERE len(parts) >= 2 AND list_bool_and(list_transform(parts, p -> ds_location_key(p) <> ''))
),
tails AS (
    SELECT node_id, system, depth,
           array_to_string(list_slice(parts, 1, depth), ' : ') AS parent,
           ds_location_key(array_to_string(list_slice(parts, depth + 1, len(parts)), ' ')) AS tail_key
    FROM (SELECT *, unnest(range(1, len(parts))) AS depth FROM paths)
),
longest AS (
    SELECT t.node_id AS a, t.system AS sa, n.node_id AS b, n.system AS sb, t.parent
    FROM tails t
    JOIN location_nodes n ON n.raw_key = t.tail_key AND n.node_id <> t.node_id
    QUALIFY rank() OVER (PARTITION BY t.node_id, n.system ORDER BY t.depth) = 1
)
SELECT 'location', a, b, 'parent', NULL, 1.0, 0.9, parent
FROM longest
QUALIFY count(*) OVER (PARTITION BY b, sa) = 1;
