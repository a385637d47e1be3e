-- Purpose: the join keys analysis compares records by, computed once at import (persistent macros, recreated when
--          a case opens).
-- Params: none.
-- Returns: nothing. ds_location_key(text): a location compared ignoring case and punctuation ('' when missing);
--          ds_ref_key(text): a business reference compared by its last token after '#' or a space, upper-case,
--          letters and digits only ('Purchase Order #PO-123' and 'po123' are both 'PO123'; '48213 9' is '48213'); ds_words(text): text
--          lower-cased with every run of non-alphanumerics as one space, padded with a space each side.
CREATE OR REPLACE MACRO ds_location_key(t) AS coalesce(lower(regexp_replace(t, '[^A-Za-z0-9]+', '', 'g')), '');

-- Written for speed at import (a third faster than a capture group and an unconditional trim, which copies every
-- value): the last token is the longest run at the end without '#' or whitespace, empty when the text ends in one.
-- A number of one or two digits after a document ending in a digit (`48213 9`, a receiving order and its box;
-- `PO1041 2`, a line) is the document's part, not the document: it is dropped first (`Order 12` keeps its 12).
CREATE OR REPLACE MACRO ds_ref_key(t) AS nullif(
    upper(regexp_replace(
        regexp_extract(
            CASE
                WHEN regexp_matches(t, '[A-Za-z0-9]{2}[0-9]\s+[0-9]{1,2}\s*$') THEN regexp_replace(t, '\s+[0-9]{1,2}\s*$', '')
                WHEN prefix(t, ' ') OR suffix(t, ' ') THEN trim(t)
                ELSE t
            END,
            '[^#\s]*$'),
        '[^A-Za-z0-9]+', '', 'g')),
    ''
);

CREATE OR REPLACE MACRO ds_words(t) AS ' ' || trim(regexp_replace(lower(t), '[^a-z0-9]+', ' ', 'g')) || ' ';
