-- Purpose: explode a JSON file's records into the records nested in their lists (a mapping's `records` rule). Each
--          element of a list, or of a list inside each element of a list, becomes one record: a JSON object with the
--          element's own keys and, for each key it lacks, the key of its enclosing objects, innermost first (the
--          outer element under its parent name, then plainly; the JSON inside the rule's column; the file record),
--          each with the lists it was exploded from removed, so no record carries its siblings. The ways to the records
--          are tried in order for each record; the first whose lists the record holds is used. A record with
--          no such list, an empty list, or an element that is no object (or holds no inner list) is kept once with
--          the reason, so it is rejected with it instead of vanishing; a line that is not JSON is kept as it is.
-- Params: one entry per way to the records, in order: $columns (JSON path of the key holding the JSON, '' for the
--         record itself), $lists1 and $lists2 (JSON paths of the outer and inner list, $lists2 '' for one list),
--         $elements1 and $elements2 (JSON path read in each element, '' for the element itself), $removes1 and
--         $removes2 (JSON merge patches removing each list from the object holding it), $labels1 and $labels2 (the
--         paths as the rule writes them, for reasons), $parents (name of the outer element, or ''); $paths_text
--         the ways in words; $source_records how many file records to read (NULL: all).
-- Returns: nothing; creates temp.stage(line, line_base, nested_reason, way) from temp.stage_flat, in file order:
--          line_base is the file record a record came from (its line in JSON lines; in a document, its place in
--          temp.stage is its number), way the number of the way it was read by (NULL for a record kept as it is).
CREATE OR REPLACE TEMP TABLE stage AS
WITH flat AS (
    SELECT source_record, line, line IS NOT NULL AND json_valid(line) AS ok
    FROM (SELECT rowid + 1 AS source_record, line FROM temp.stage_flat LIMIT $source_records)
),
contents AS (
    -- The JSON each way reads its lists in: the record, or the JSON in one of its keys; a log message that prints
    -- an object after a text prefix is read from its first `{` to its last `}`, as field rules read it.
    SELECT *,
        CASE WHEN ok THEN list_transform($columns::VARCHAR[], lambda c:
            CASE WHEN c = '' THEN line
            ELSE list_transform([json_extract_string(line, c)], lambda t:
                list_transform([CASE WHEN json_valid(t) THEN t
                                     WHEN strpos(t, '{') > 0 THEN substr(t, strpos(t, '{'), length(t) - strpos(reverse(t), '}') + 2 - strpos(t, '{'))
                                END], lambda j: CASE WHEN json_valid(j) THEN j END)[1])[1]
            END)
        END AS contents
    FROM flat
),
chosen AS (
    -- A way fits a record whose outer list it holds; a way with two lists also needs an element of that list that
    -- holds the inner one (edges[*].node against nodes[*]), unless the outer list is empty.
    SELECT source_record, line, ok, contents,
        list_position(list_transform(range(1, len($lists1::VARCHAR[]) + 1), lambda i:
            coalesce(json_type(contents[i], ($lists1::VARCHAR[])[i]) = 'ARRAY', false)
            AND (($lists2::VARCHAR[])[i] = ''
                 OR json_array_length(contents[i], ($lists1::VARCHAR[])[i]) = 0
                 -- Cast only a list: AND does not spare the cast the records whose key holds an object.
                 OR coalesce(list_bool_or(list_transform(CAST(CASE WHEN json_type(contents[i], ($lists1::VARCHAR[])[i]) = 'ARRAY'
                                                                   THEN json_extract(contents[i], ($lists1::VARCHAR[])[i]) END AS JSON[]), lambda e:
                        json_type(CASE WHEN ($elements1::VARCHAR[])[i] = '' THEN e ELSE json_extract(e, ($elements1::VARCHAR[])[i]) END,
                                  ($lists2::VARCHAR[])[i]) = 'ARRAY')), false))), true) AS way
    FROM contents
),
outer_lists AS (
    SELECT source_record, line, ok, way,
        CASE WHEN way IS NOT NULL THEN CAST(json_extract(contents[way], ($lists1::VARCHAR[])[way]) AS JSON[]) END AS items,
        -- The file record, then the JSON in the rule's column, without the outer list: once per file record.
        CASE WHEN way IS NULL THEN NULL
             WHEN ($columns::VARCHAR[])[way] = '' THEN json_merge_patch(line, ($removes1::VARCHAR[])[way])
             ELSE json_merge_patch(line, CASE WHEN json_type(contents[way]) = 'OBJECT' THEN json_merge_patch(contents[way], ($removes1::VARCHAR[])[way]) ELSE '{}' END)
        END::VARCHAR AS base
    FROM chosen
),
outer_checked AS (
    SELECT *,
        CASE WHEN ok AND way IS NULL THEN 'records: no list at ' || $paths_text
             WHEN ok AND len(items) = 0 THEN 'records: the list at ' || ($labels1::VARCHAR[])[way] || ' is empty'
        END AS record_reason
    FROM outer_lists
),
outer_items AS (
    SELECT source_record, line, ok, way, base, record_reason,
        unnest(CASE WHEN ok AND record_reason IS NULL THEN list_transform(items, lambda e, i: {'item': e, 'at': i})
                    ELSE [{'item': NULL::JSON, 'at': NULL::BIGINT}] END) AS o
    FROM outer_checked
),
outer_elements AS (
    SELECT source_record, line, ok, way, base, record_reason, o.at AS index1,
        CASE WHEN ($elements1::VARCHAR[])[way] = '' THEN o.item ELSE json_extract(o.item, ($elements1::VARCHAR[])[way]) END AS element1,
        ($lists2::VARCHAR[])[way] <> '' AS two_lists
    FROM outer_items
),
inner_lists AS (
    SELECT *,
        CASE WHEN ok AND record_reason IS NULL AND coalesce(json_type(element1), 'NULL') <> 'OBJECT' THEN
                 'records: element ' || index1 || ' of ' || ($labels1::VARCHAR[])[way] || ' is no object'
             WHEN ok AND record_reason IS NULL AND two_lists AND coalesce(json_type(element1, ($lists2::VARCHAR[])[way]), '') <> 'ARRAY' THEN
                 'records: element ' || index1 || ' of ' || ($labels1::VARCHAR[])[way] || ' holds no list at ' || ($labels2::VARCHAR[])[way]
             WHEN ok AND record_reason IS NULL AND two_lists AND json_array_length(element1, ($lists2::VARCHAR[])[way]) = 0 THEN
                 'records: the list at ' || ($labels2::VARCHAR[])[way] || ' in element ' || index1 || ' of ' || ($labels1::VARCHAR[])[way] || ' is empty'
        END AS element_reason
    FROM outer_elements
),
inner_items AS (
    SELECT source_record, line, ok, way, base, index1, two_lists,
        coalesce(record_reason, element_reason) AS reason,
        -- The outer element without the inner list, under its parent name and plainly: once per outer element.
        CASE WHEN json_type(element1) <> 'OBJECT' THEN NULL
             WHEN two_lists THEN json_merge_patch(element1, ($removes2::VARCHAR[])[way])
             ELSE element1 END::VARCHAR AS context1,
        CASE WHEN two_lists AND ($parents::VARCHAR[])[way] <> '' AND json_type(element1) = 'OBJECT'
             THEN json_object(($parents::VARCHAR[])[way], json_merge_patch(element1, ($removes2::VARCHAR[])[way])) END::VARCHAR AS named1,
        unnest(CASE WHEN ok AND record_reason IS NULL AND element_reason IS NULL AND two_lists
                    THEN list_transform(CAST(json_extract(element1, ($lists2::VARCHAR[])[way]) AS JSON[]), lambda e, i: {'item': e, 'at': i})
                    ELSE [{'item': NULL::JSON, 'at': NULL::BIGINT}] END) AS n
    FROM inner_lists
),
inner_elements AS (
    SELECT *, n.at AS index2,
        CASE WHEN n.item IS NULL THEN NULL
             WHEN ($elements2::VARCHAR[])[way] = '' THEN n.item
             ELSE json_extract(n.item, ($elements2::VARCHAR[])[way]) END AS element2
    FROM inner_items
),
records AS (
    SELECT source_record, index1, index2, ok, way,
        coalesce(reason, CASE WHEN ok AND two_lists AND coalesce(json_type(element2), 'NULL') <> 'OBJECT' THEN
            'records: element ' || index2 || ' of ' || ($labels2::VARCHAR[])[way] || ' in element ' || index1 || ' of ' || ($labels1::VARCHAR[])[way] || ' is no object'
        END) AS nested_reason,
        -- One object of the record's own keys first, then those of its enclosing objects, innermost first: a reader
        -- of JSON takes the first of repeated keys, so a key the record has hides the same key around it. Written
        -- as text: merging objects for every record cost several times the rest of the step.
        CASE WHEN NOT ok OR way IS NULL THEN line
        ELSE '{' || concat_ws(',',
            CASE WHEN two_lists AND json_type(element2) = 'OBJECT' THEN nullif(substr(element2::VARCHAR, 2, length(element2::VARCHAR) - 2), '') END,
            nullif(substr(named1, 2, length(named1) - 2), ''),
            nullif(substr(context1, 2, length(context1) - 2), ''),
            nullif(substr(base, 2, length(base) - 2), '')) || '}'
        END AS line
    FROM inner_elements
)
SELECT
    line,
    source_record AS line_base,
    nested_reason,
    way
FROM records
ORDER BY source_record, index1, index2;
