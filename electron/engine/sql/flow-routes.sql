-- Purpose: the path and event type each distinct flow name or raw path text names, for events whose export gave no
--          usable path or type (Boomi process names such as "NetSuite to ShipHero - Item Receipts").
-- Params: $source_id: the source just loaded, or NULL for every event (a case upgrade);
--         $system_names: 'system|name' strings (erp|netsuite, wms|shiphero, ...);
--         $type_phrases: 'event_type|phrase' strings from the built-in vocabulary.
-- Returns: nothing; (re)creates the temp table flow_routes(route_text, path, event_type). The path is the first two
--          distinct systems the text names, in the order it names them; the type is the longest phrase it contains.
CREATE OR REPLACE TEMP TABLE flow_routes AS
WITH texts AS (
    SELECT DISTINCT coalesce(path_raw, '') || chr(1) || coalesce(flow, '') AS route_text,
           ds_words(coalesce(path_raw, '') || ' ' || coalesce(flow, '')) AS words
    FROM events
    WHERE ($source_id::INTEGER IS NULL OR source_id = $source_id)
      AND (path_raw IS NOT NULL OR flow IS NOT NULL)
      AND (path IS NULL OR path NOT IN ('erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront', 'storefront->erp',
                                        'storefront->wms') OR event_type = 'other')
),
system_names AS (
    SELECT split_part(entry, '|', 1) AS system, ds_words(split_part(entry, '|', 2)) AS name
    FROM (SELECT unnest($system_names::VARCHAR[]) AS entry)
),
system_hits AS (
    SELECT t.route_text, n.system, min(strpos(t.words, n.name)) AS position
    FROM texts t JOIN system_names n ON strpos(t.words, n.name) > 0
    GROUP BY ALL
),
ordered_systems AS (
    SELECT route_text, list(system ORDER BY position) AS systems FROM system_hits GROUP BY route_text
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
       CASE WHEN len(s.systems) >= 2 THEN s.systems[1] || '->' || s.systems[2] END AS path,
       h.event_type
FROM texts t
LEFT JOIN ordered_systems s USING (route_text)
LEFT JOIN type_hits h USING (route_text);
