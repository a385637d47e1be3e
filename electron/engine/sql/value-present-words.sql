-- Purpose: the normalised value free text names by the vocabulary's words ("Order #NW10240 shipped" -> ship), for
--          every distinct raw value of the file being imported (temp.present_values); decided once per distinct
--          value at plan time, and applied only where no value map holds the value exactly (value-lookups.ts).
-- Params: $words: 'field|value|words' entries (one to three words each, no digits), in the order they are tried.
-- Returns: nothing; (re)creates temp.present_words(field, key, value) for each value holding at least one entry's
--          words as whole words (ds_words); among several, the value of the entry listed first.
-- A distinct value per document is the common case (a reason per order), so values are first reduced to their
-- shape, every token with a digit made '0' (no word has one, and '0' keeps words apart): the words are then looked
-- for once per shape, by joining its runs of one to three tokens with the entries (a hash join).
CREATE OR REPLACE TEMP TABLE present_words AS
WITH words AS (
    SELECT split_part(w.entry, '|', 1) AS field, split_part(w.entry, '|', 2) AS value,
           trim(ds_words(split_part(w.entry, '|', 3))) AS phrase, w.rank
    FROM (SELECT unnest(list_transform($words::VARCHAR[], lambda entry, i: {'entry': entry, 'rank': i})) AS w)
),
keys AS (
    SELECT DISTINCT field, key, regexp_replace(key, '[a-z0-9]*[0-9][a-z0-9]*', '0', 'g') AS shape
    FROM temp.present_values
),
shapes AS (
    SELECT field, shape, string_split(trim(ds_words(shape)), ' ') AS tokens
    FROM (SELECT DISTINCT field, shape FROM keys)
),
runs AS (
    SELECT field, shape, unnest(list_concat(
        tokens,
        list_transform(range(1, len(tokens)), lambda i: tokens[i] || ' ' || tokens[i + 1]),
        list_transform(range(1, len(tokens) - 1), lambda i: tokens[i] || ' ' || tokens[i + 1] || ' ' || tokens[i + 2])
    )) AS phrase
    FROM shapes
),
valued AS (
    SELECT r.field, r.shape, arg_min(w.value, w.rank) AS value
    FROM runs r
    JOIN words w ON w.field = r.field AND w.phrase = r.phrase
    GROUP BY r.field, r.shape
)
SELECT k.field, k.key, v.value
FROM keys k
JOIN valued v USING (field, shape);
