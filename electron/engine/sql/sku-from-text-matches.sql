-- Purpose: the SKU each event text names, when it names exactly one SKU identity the case's files write. The SKUs
--          known are the spellings the last crosswalk inference found (crosswalk_nodes: ledger, snapshots and events),
--          each standing for the identity the crosswalk gives it (a consultant's mapping first), which is what the
--          event is given: analysis then reads it as it reads that SKU everywhere. A text is cut into tokens: runs of
--          letters, digits and - _ . /, less the punctuation at either end (the full stop after a SKU); a token
--          holding . or / also counts by its parts, so '/items/FJH-1.json' names FJH-1. A SKU must equal a whole
--          token, so one inside a longer word ('FJH-1' in 'FJH-1X') never counts. Tokens compare as the crosswalk
--          compares spellings: ignoring case, and, for a token with letters that equals no spelling so, also ignoring
--          leading zeros ('SKU-0123' = 'SKU-123'). Only SKUs a message could not mistake for a word or a count are
--          looked for: with a digit or a separator, and at least 4 digits when digits only.
-- Params: $chunks, $chunk: the texts are read in chunks (by their hash), this one's number from 0, so the distinct
--         texts of ten million events never have to be held at once.
-- Returns: nothing; adds to the temp table sku_text_matches (sku-from-text-matches-create.sql) a row for every text
--          of the chunk that names a known SKU.
INSERT INTO sku_text_matches
WITH identities AS (
    SELECT system, raw_key, canonical_key
    FROM crosswalk
    WHERE kind = 'sku'
    QUALIFY row_number() OVER (PARTITION BY system, raw_key ORDER BY method = 'user' DESC, canonical_key) = 1
),
spellings AS (
    SELECT DISTINCT upper(trim(n.raw_key)) AS cased, coalesce(i.canonical_key, n.raw_key) AS sku
    FROM crosswalk_nodes n
    LEFT JOIN identities i USING (system, raw_key)
    WHERE n.kind = 'sku'
      AND regexp_full_match(upper(trim(n.raw_key)), '[A-Z0-9](?:[A-Z0-9._/-]*[A-Z0-9])?')
      AND regexp_matches(n.raw_key, '[0-9._/-]')
      AND NOT regexp_full_match(trim(n.raw_key), '[0-9]{1,3}')
),
forms AS (
    SELECT DISTINCT ds_sku_form(cased) AS form, sku FROM spellings WHERE regexp_matches(cased, '[A-Z]')
),
-- Each distinct text once, read straight from the events, each of its two parts (message, payload) a row of its own
-- so the texts are read in one pass and never held. Splitting on what cannot be part of a token, with the
-- punctuation around it, is a third faster than extracting the tokens with a pattern; the spaces added at both ends
-- take the punctuation there too.
texts AS (
    SELECT hash(source_id, error_message, payload) AS text_hash,
           unnest([{'place': 'message', 'text': error_message}, {'place': 'payload', 'text': payload}]) AS part
    FROM (
        SELECT DISTINCT source_id, error_message, payload
        FROM events
        WHERE (sku IS NULL OR sku_from IS NOT NULL)
          AND (error_message IS NOT NULL OR payload IS NOT NULL)
          AND hash(source_id, error_message, payload) % $chunks::UBIGINT = $chunk::UBIGINT
    )
),
whole_tokens AS (
    SELECT text_hash, part.place AS place,
           unnest(string_split_regex(' ' || upper(part.text) || ' ', '[._/-]*[^A-Z0-9._/-]+[._/-]*')) AS token
    FROM texts
    WHERE part.text IS NOT NULL
),
tokens AS (
    SELECT text_hash, place,
           unnest(CASE WHEN contains(token, '.') OR contains(token, '/') THEN list_prepend(token, string_split_regex(token, '[./]+'))
                       ELSE [token] END) AS token
    FROM whole_tokens
    WHERE length(token) > 1
),
hits AS (
    SELECT t.text_hash, t.place, coalesce(k.sku, f.sku) AS sku
    FROM tokens t
    LEFT JOIN spellings k ON k.cased = t.token
    LEFT JOIN forms f
        ON f.form = CASE WHEN k.cased IS NULL AND contains(t.token, '0') AND regexp_matches(t.token, '[A-Z]')
                         THEN ds_sku_form(t.token) END
    WHERE k.sku IS NOT NULL OR f.sku IS NOT NULL
),
-- Plain aggregates over the distinct SKUs of each text, in two steps: DuckDB spills these to disk, where a
-- count(DISTINCT ...) or a list per text runs out of memory on ten million texts.
text_skus AS (
    SELECT text_hash, sku, bool_or(place = 'message') AS in_message
    FROM hits
    GROUP BY text_hash, sku
)
SELECT text_hash, CASE WHEN count(*) = 1 THEN min(sku) END AS sku,
       CASE WHEN count(*) = 1 THEN CASE WHEN bool_or(in_message) THEN 'message' ELSE 'payload' END END AS sku_from,
       count(*) AS skus, min(sku) AS first_named, max(sku) AS last_named
FROM text_skus
GROUP BY text_hash;
