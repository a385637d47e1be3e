-- Purpose: the path and event type each distinct flow name or raw path text names, for events whose export gave no
--          usable path or type (Boomi process names such as "NetSuite to ShipHero - Item Receipts"). Events that name
--          neither are read by their file's name, which error downloads of one flow carry
--          (errors_NetSuite-Item-Receipt-to-ShipHero-PO.json).
-- Params: $source_id: the source just loaded, or NULL for every event (a case upgrade);
--         $system_names: 'system|name' strings (erp|netsuite, wms|shiphero, ...);
--         $type_phrases: 'event_type|phrase' strings from the built-in vocabulary.
-- Returns: nothing; (re)creates the temp table flow_routes(route_text, path, event_type). The path is the first two
--          distinct systems the text names outside brackets, or anywhere when it names none there (whole words: "ns" is
--          NetSuite, never part of "transfer"; only 3pl, wms and erp also end a longer word, as in "akl3pl"), in the
--          order it names them unless "from" or "to" says otherwise; the type is the longest phrase it contains. A text
--          that names one system only, as where its records go ("order-release-to-wms"), gives the one path that ends
--          there: records go to the WMS from the ERP and to the ERP from the WMS (a flow into the storefront may come
--          from either, so it gives none).
CREATE OR REPLACE TEMP TABLE flow_routes AS
WITH named AS (
    SELECT e.path_raw, coalesce(e.flow, CASE WHEN e.path_raw IS NULL THEN s.file_name END) AS flow, e.path, e.event_type
    FROM events e
    LEFT JOIN sources s USING (source_id)
    WHERE ($source_id::INTEGER IS NULL OR e.source_id = $source_id)
),
texts AS (
    SELECT DISTINCT coalesce(path_raw, '') || chr(1) || coalesce(flow, '') AS route_text,
           -- A system word glued to a site's name ("akl3pl", "melwms") is read as that word too.
           regexp_replace(ds_words(coalesce(path_raw, '') || ' ' || coalesce(flow, '')), '([a-z0-9])(3pl|wms|erp) ', '\1 \2 ', 'g')
               AS words,
           -- The same without bracketed context: a Mule thread names its app in brackets before the flow
           -- ("[ns-shopify-connector].shopify-orders-to-ns"), and the flow, not the app, says where records go.
           regexp_replace(ds_words(coalesce(path_raw, '') || ' ' || regexp_replace(coalesce(flow, ''), '\[[^\]]*\]', ' ', 'g')),
                          '([a-z0-9])(3pl|wms|erp) ', '\1 \2 ', 'g') AS words_outside
    FROM named
    WHERE (path_raw IS NOT NULL OR flow IS NOT NULL)
      AND (path IS NULL OR path NOT IN ('erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront', 'storefront->erp',
                                        'storefront->wms') OR event_type = 'other')
),
system_names AS (
    SELECT split_part(entry, '|', 1) AS system, ds_words(split_part(entry, '|', 2)) AS name
    FROM (SELECT unnest($system_names::VARCHAR[]) AS entry)
),
-- Systems are read outside the brackets when the text names one there, else in the whole text.
read_texts AS (
    SELECT t.route_text,
           CASE WHEN EXISTS (SELECT 1 FROM system_names n WHERE strpos(t.words_outside, n.name) > 0)
                THEN t.words_outside ELSE t.words END AS words
    FROM texts t
),
system_hits AS (
    SELECT t.route_text, n.system, min(strpos(t.words, n.name)) AS position, any_value(t.words) AS words
    FROM read_texts t JOIN system_names n ON strpos(t.words, n.name) > 0
    GROUP BY t.route_text, n.system
),
-- A system named right after "from" is the source and one right after "to" or "into" the target, wherever each
-- stands ("To WMS from NS"); the others keep the order the text names them in.
ordered_systems AS (
    SELECT route_text,
           list(system ORDER BY CASE WHEN suffix(left(words, position), ' from ') THEN 0
                                     WHEN suffix(left(words, position), ' to ') OR suffix(left(words, position), ' into ') THEN 2
                                     ELSE 1 END,
                                position) AS systems,
           bool_or(suffix(left(words, position), ' to ') OR suffix(left(words, position), ' into ')) AS names_target
    FROM system_hits
    GROUP BY route_text
),
type_phrases AS (
    SELECT split_part(entry, '|', 1) AS event_type, ds_words(split_part(entry, '|', 2)) AS phrase
    FROM (SELECT unnest($type_phrases::VARCHAR[]) AS entry)
),
type_hits AS (
    SELECT t.route_text, arg_max(p.event_type, length(p.phrase)) AS event_type
    FROM texts t JOIN type_phrases p ON strpos(t.words, p.phrase) > 0
    GROUP BY t.route_text
)
SELECT t.route_text,
       CASE WHEN len(s.systems) >= 2 THEN s.systems[1] || '->' || s.systems[2]
            WHEN s.names_target THEN CASE s.systems[1] WHEN 'wms' THEN 'erp->wms' WHEN 'erp' THEN 'wms->erp' END
       END AS path,
       h.event_type
FROM texts t
LEFT JOIN ordered_systems s USING (route_text)
LEFT JOIN type_hits h USING (route_text);
