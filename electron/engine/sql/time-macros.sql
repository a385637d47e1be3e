-- Purpose: the time layer's SQL macros, turning the time text of any export into a UTC instant, vectorised.
--   Persistent and idempotent (CREATE OR REPLACE): run on every case open. They read no table and no setting,
--   so the session's TimeZone never changes a result.
-- Params: none (each macro's own parameters are listed below).
-- Returns: nothing; defines these macros:
--
--   ds_instant(raw, zone VARCHAR, day_first := false) -> TIMESTAMPTZ
--     raw is any value (VARCHAR, or a column DuckDB's sniffer typed as TIMESTAMP, TIMESTAMPTZ, DATE, BIGINT,
--     DOUBLE: it is read as text). Surrounding whitespace, case and repeated spaces are ignored.
--     - NULL or blank: NULL.
--     - Epoch numbers, always UTC: 10 digits = seconds (optional fraction), 13 = milliseconds (optional
--       fraction), 16 = microseconds, 19 = nanoseconds (truncated to microseconds). Other digit counts are not
--       taken as epochs (a 9-digit number is more likely an id than a time before 2001): NULL.
--     - Text carrying its own offset, zone ignored: ISO 8601 date and time (T or space, `-` or `/` in the
--       date, optional seconds and fraction with `.` or `,`, fractions beyond microseconds truncated), followed
--       (optionally after one space) by `Z`, `UTC`, `GMT`, or an offset `+05:30`, `-0500`, `+05`, also written
--       `UTC-05:00` / `GMT+01`. Offsets beyond +-14:59 give NULL.
--     - Naive text, read as wall-clock time in zone (an IANA name, see time-zones.ts):
--         ISO   `2026-11-03 16:05`, `2026-11-03T16:05:00`, `2026-11-03 16:05:00.123`, `2026/11/03 16:05:00`,
--               `2026-11-03` (midnight);
--         slash month first (US, the default): `11/3/2026 4:05 pm`, `11/03/2026 16:05`, `11/3/2026 4:05:07 PM`,
--               `11/3/2026`, `11/3/26 4:05 PM`; seconds and fraction optional, AM/PM any case, with or without
--               a space. Two-digit years follow strptime's %y: 00-68 are 20xx, 69-99 are 19xx.
--         slash day first, when day_first is true: `3/11/2026 16:05` is 3 November, in the same shapes.
--         dots or dashes for slashes, with a four-digit year, as European locales write them: `30.03.2027 07:28`,
--               `29-3-2027 13:18`, `22-3-2027`, in the same order rules as slashes.
--         compact, as host interfaces and SQL extracts write them: `20270112` (midnight), `20270112 05:17:00`,
--               `20270112051700`; years 1900 to 2099 only, and an eight-digit number that is no date reads as none.
--         Excel serial dates, as a sheet re-saved to CSV writes them: days since 1899-12-30 with the time of day
--               as a fraction (`46322.5451` is 2026-10-27 13:05:25), five digits before the point (1954 to 2119),
--               read to the second.
--       zone NULL or blank: NULL, never the machine's zone (the caller reports the source as "no zone").
--       A zone DuckDB does not know raises "Unknown TimeZone": resolve zones first (resolveZone).
--       DST: a wall time that does not exist (the spring-forward gap, 02:30 in New York on 2026-03-08) is read
--       with the offset in force before the change (02:30 EST = 07:30Z); an ambiguous one (the repeated hour,
--       01:30 on 2026-11-01) is read as standard time, the second occurrence (01:30 EST = 06:30Z).
--     - .NET JSON dates `/Date(1775000000000)/` and `/Date(1775000000000+1100)/` (also with `\/` escapes): the
--       number is epoch milliseconds, UTC; the offset after it only says where the writer was.
--     - Month names in English, full or three letters, any case, read into ISO text and then as above (so
--       with their offset, or naive in zone): day first as in HTTP and e-mail dates (RFC 1123/2822,
--       `Fri, 03 Apr 2026 09:15:02 GMT`, `3 Apr 2026 20:16 +1100`) and Oracle's `03-APR-2026 09:15:02`;
--       month first as in Java's US format (`Apr 3, 2026 9:15:02 AM`). A weekday in front is ignored; a zone
--       written as a name (`AEDT`) is not read: NULL.
--     - Anything else, including impossible dates (`2/30/2026`): NULL.
--     Which order a column writes is decided per column from its values (ds_slash_date_order, canonical-sql.ts):
--     `03/11/2026` is read as March 11 month first and 3 November day first; `25/12/2026` only day first.
--
--   ds_instant_has_offset(raw) -> BOOLEAN
--     NULL for NULL or blank; true when the value fixes its instant by itself (an epoch number or an offset as
--     above); false otherwise, whether naive or not a time at all (ds_instant tells those apart).
--
--   ds_wall_clock(raw, day_first := false) -> TIMESTAMP
--     The wall-clock reading of naive text in the formats above, with no zone applied; NULL for text that
--     carries an offset, epoch numbers, blanks and garbage. Offset inference reads naive times with it.
--
--   ds_slash_date_order(raw) -> VARCHAR
--     For a slash date with the day and month first (`25/03/2026`, `03/25/26 4:05 pm`, also `25.03.2026` and
--     `25-3-2026`): 'day-first' when only that order reads it (first part above 12), 'month-first' when only that
--     one does (second part above 12), 'either' when both do; NULL for anything else (ISO, epochs, `2026/03/25`, blanks, garbage, 25/25/2026).
--
--   ds_date_and_time(d, t) -> VARCHAR
--     One time text from a date column and a time-of-day column, as SQL Server and many WMS exports split them
--     (`2026-10-26 00:00:00.000` beside `1900-01-01 07:20:04.000`, `10/26/2026` beside `7:20 PM`): the date's
--     own text without a midnight time, a space, then the time of day without any date in front of it; compact
--     `HHMMSS` / `HHMM` times get their colons. NULL when d is blank. d as written when it already holds a time
--     other than midnight, or when t is blank or holds no time of day (a duration, a zone name): the row's time
--     is then the date's own, which ds_instant reads or refuses as usual.
--
--   Helpers (names start ds_time_), each reading one shape of normalised text: ds_time_plain_text(raw),
--   ds_time_of_day(t), ds_time_text(raw), ds_time_epoch(s), ds_time_epoch_micros(s, digits), ds_time_month_name(s), ds_time_offset_parts(s),
--   ds_time_offset_minutes(z),
--   ds_time_offset_hm(o), ds_date_slashed(s), ds_time_slash_parts(s), ds_time_slash(p, day_first), ds_time_wall(s, day_first).
--
-- `list_transform([x], lambda v: ...)[1]` binds x once: DuckDB does not share a repeated subexpression inside
-- CASE, so each mention of a regex result would run the regex again (measured 4x slower on a million rows).

-- s is normalised text (upper case, single spaces). A month-first date (`APR 3, 2026 9:15 AM`) is turned day first,
-- then the parts are rebuilt as ISO text with a 24-hour clock; the zone, if any, is kept as written for
-- ds_time_offset_parts. NULL when s is no date with a month name.
CREATE OR REPLACE MACRO ds_time_month_name(s) AS
    list_transform(
        [regexp_extract(
            regexp_replace(s, '^(?:[A-Z]{3,9},? )?([A-Z]{3,9})\.? (\d{1,2}),? (\d{4})', '\2 \1 \3'),
            '^(?:[A-Z]{3,9},? )?(\d{1,2})[ -]([A-Z]{3,9})\.?[ -](\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d+)?))?)?(?: ?(AM|PM))?(?: ?(Z|UTC|GMT|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?))?$',
            ['day', 'month', 'year', 'hour', 'minute', 'second', 'half', 'zone'])],
        lambda p: CASE
            WHEN p.day <> ''
                AND (length(p.month) = 3 OR p.month = 'SEPT' OR list_contains(
                    ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER',
                     'NOVEMBER', 'DECEMBER'], p.month))
                AND list_position(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], p.month[1:3]) IS NOT NULL
                AND (p.half = '' OR try_cast(p.hour AS INTEGER) BETWEEN 1 AND 12)
                THEN concat(
                    p.year, '-',
                    lpad(CAST(list_position(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], p.month[1:3]) AS VARCHAR), 2, '0'),
                    '-', lpad(p.day, 2, '0'), ' ',
                    lpad(CASE p.half
                        WHEN '' THEN coalesce(nullif(p.hour, ''), '0')
                        WHEN 'AM' THEN CAST(CAST(p.hour AS INTEGER) % 12 AS VARCHAR)
                        ELSE CAST(CAST(p.hour AS INTEGER) % 12 + 12 AS VARCHAR)
                    END, 2, '0'),
                    ':', coalesce(nullif(p.minute, ''), '00'),
                    ':', coalesce(nullif(p.second, ''), '00'),
                    CASE WHEN p.zone <> '' THEN ' ' || p.zone ELSE '' END)
        END)[1];

-- Java's ZonedDateTime text (MuleSoft loggers) appends the zone name after the offset, `...Z[UTC]` or
-- `...-07:00[America/Los_Angeles]`: the offset already fixes the instant, so the bracketed name is dropped.
CREATE OR REPLACE MACRO ds_time_plain_text(raw) AS
    trim(regexp_replace(regexp_replace(upper(CAST(raw AS VARCHAR)), '\s*\[[^\]]*\]\s*$', ''), '\s+', ' ', 'g'));

-- Month names become ISO text (ds_time_month_name) and .NET dates their epoch milliseconds here, so every reader
-- of normalised text (offset, wall clock, slash order) takes them as it takes those shapes. Both have a letter among
-- their first four characters, which ISO, slash and epoch text never have (digits, spaces and -/:. all sort before
-- 'A'): the usual shapes skip the list a row that binds the normalised text for the special ones.
CREATE OR REPLACE MACRO ds_time_text(raw) AS
    CASE
        WHEN NOT (CAST(raw AS VARCHAR)[1] >= 'A' OR CAST(raw AS VARCHAR)[2] >= 'A' OR CAST(raw AS VARCHAR)[3] >= 'A'
                  OR CAST(raw AS VARCHAR)[4] >= 'A')
            THEN ds_time_plain_text(raw)
        ELSE list_transform(
            [ds_time_plain_text(raw)],
            lambda s: CASE
                WHEN s LIKE '%/DATE(%' THEN regexp_replace(s, '^\\?/DATE\((\d+)(?:[+-]\d{4})?\)\\?/$', '\1')
                ELSE coalesce(ds_time_month_name(s), s)
            END)[1]
    END;

-- s is an epoch number with `digits` fraction digits down to a microsecond (6 for seconds, 3 for
-- milliseconds). Integer arithmetic keeps every microsecond exact, where a DOUBLE would round them (and a wide
-- DECIMAL cast is many times slower).
CREATE OR REPLACE MACRO ds_time_epoch_micros(s, digits) AS
    try_cast(split_part(s, '.', 1) AS BIGINT) * CAST(10 ** digits AS BIGINT)
        + coalesce(try_cast(rpad(split_part(s, '.', 2), digits, '0')[1:digits] AS BIGINT), 0);

CREATE OR REPLACE MACRO ds_time_epoch(s) AS
    timezone('UTC', make_timestamp(CASE
        WHEN regexp_full_match(s, '\d{10}(\.\d+)?') THEN ds_time_epoch_micros(s, 6)
        WHEN regexp_full_match(s, '\d{13}(\.\d+)?') THEN ds_time_epoch_micros(s, 3)
        WHEN regexp_full_match(s, '\d{16}') THEN try_cast(s AS BIGINT)
        WHEN regexp_full_match(s, '\d{19}') THEN try_cast(s AS BIGINT) // 1000
    END));

-- DuckDB's own TIMESTAMPTZ cast refuses several offset spellings exports use (no seconds, `,` fractions, a
-- space before the offset, `UTC+01`), so the wall part and the offset are read separately.
CREATE OR REPLACE MACRO ds_time_offset_parts(s) AS
    regexp_extract(
        s,
        '^(\d{4}[-/]\d{1,2}[-/]\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) ?(Z|UTC|GMT|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?)$',
        ['wall', 'zone']);

-- o is a matched offset without its colon: `+05` or `+0530`.
CREATE OR REPLACE MACRO ds_time_offset_hm(o) AS
    CASE
        WHEN CAST(o[2:3] AS INTEGER) <= 14 AND coalesce(try_cast(o[4:5] AS INTEGER), 0) < 60
            THEN (CASE WHEN o[1] = '-' THEN -1 ELSE 1 END)
                * (CAST(o[2:3] AS INTEGER) * 60 + coalesce(try_cast(o[4:5] AS INTEGER), 0))
    END;

CREATE OR REPLACE MACRO ds_time_offset_minutes(z) AS
    CASE
        WHEN z IN ('Z', 'UTC', 'GMT') THEN 0
        ELSE ds_time_offset_hm(regexp_replace(replace(z, ':', ''), '^(UTC|GMT)', ''))
    END;

-- Slash text is rebuilt as ISO text and cast rather than tried against a list of strptime formats: every format
-- that fails costs an error path, which made the list several times slower.
-- A day and month written with dots or dashes and a four-digit year (`30.03.2027`, `29-3-2027`) in slashes.
CREATE OR REPLACE MACRO ds_date_slashed(s) AS
    regexp_replace(s, '^(\d{1,2})[.-](\d{1,2})[.-](\d{4})( |$)', '\1/\2/\3\4');

CREATE OR REPLACE MACRO ds_time_slash_parts(s) AS
    regexp_extract(
        s,
        '^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d+)?))?(?: ?(AM|PM))?)?$',
        ['first', 'second', 'year', 'hour', 'minute', 'second_of_minute', 'half']);

-- p is a ds_time_slash_parts struct; two-digit years follow strptime's %y pivot.
CREATE OR REPLACE MACRO ds_time_slash(p, day_first) AS
    CASE
        WHEN p.first <> '' AND (p.half = '' OR try_cast(p.hour AS INTEGER) BETWEEN 1 AND 12)
            THEN try_cast(concat(
                CASE
                    WHEN length(p.year) = 4 THEN p.year
                    WHEN CAST(p.year AS INTEGER) < 69 THEN '20' || p.year
                    ELSE '19' || p.year
                END,
                '-', CASE WHEN day_first THEN p.second ELSE p.first END,
                '-', CASE WHEN day_first THEN p.first ELSE p.second END, ' ',
                CASE p.half
                    WHEN '' THEN coalesce(nullif(p.hour, ''), '0')
                    WHEN 'AM' THEN CAST(CAST(p.hour AS INTEGER) % 12 AS VARCHAR)
                    ELSE CAST(CAST(p.hour AS INTEGER) % 12 + 12 AS VARCHAR)
                END,
                ':', coalesce(nullif(p.minute, ''), '00'),
                ':', coalesce(nullif(replace(p.second_of_minute, ',', '.'), ''), '00')
            ) AS TIMESTAMP)
    END;

CREATE OR REPLACE MACRO ds_time_wall(s, day_first) AS
    CASE
        WHEN regexp_full_match(s, '\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?')
            THEN try_cast(translate(s, '/,', '-.') AS TIMESTAMP)
        WHEN regexp_matches(s, '^\d{1,2}/\d{1,2}/\d{2}')
            THEN list_transform([ds_time_slash_parts(s)], lambda p: ds_time_slash(p, day_first))[1]
        WHEN regexp_matches(s, '^\d{1,2}[.-]\d{1,2}[.-]\d{4}(?: |$)')
            THEN list_transform([ds_time_slash_parts(ds_date_slashed(s))], lambda p: ds_time_slash(p, day_first))[1]
        WHEN regexp_full_match(s, '(?:19|20)\d{6}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?')
            THEN try_cast(s[1:4] || '-' || s[5:6] || '-' || s[7:8] || translate(s[9:], ',', '.') AS TIMESTAMP)
        WHEN regexp_full_match(s, '(?:19|20)\d{12}')
            THEN try_cast(s[1:4] || '-' || s[5:6] || '-' || s[7:8] || ' ' || s[9:10] || ':' || s[11:12] || ':' || s[13:14] AS TIMESTAMP)
        WHEN regexp_full_match(s, '\d{5}(\.\d+)?') AND CAST(s AS DOUBLE) BETWEEN 20000 AND 80000
            THEN TIMESTAMP '1899-12-30' + to_seconds(CAST(round(CAST(s AS DOUBLE) * 86400) AS BIGINT))
    END;

CREATE OR REPLACE MACRO ds_wall_clock(raw, day_first := false) AS
    ds_time_wall(ds_time_text(raw), day_first);

CREATE OR REPLACE MACRO ds_slash_date_order(raw) AS
    list_transform(
        [regexp_extract(ds_date_slashed(ds_time_text(raw)), '^(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?:[ T]|$)', ['first', 'second'])],
        lambda p: CASE
            WHEN p.first = '' THEN NULL
            WHEN CAST(p.first AS INTEGER) BETWEEN 1 AND 12 AND CAST(p.second AS INTEGER) BETWEEN 1 AND 12 THEN 'either'
            WHEN CAST(p.first AS INTEGER) BETWEEN 13 AND 31 AND CAST(p.second AS INTEGER) BETWEEN 1 AND 12 THEN 'day-first'
            WHEN CAST(p.first AS INTEGER) BETWEEN 1 AND 12 AND CAST(p.second AS INTEGER) BETWEEN 13 AND 31 THEN 'month-first'
        END)[1];

CREATE OR REPLACE MACRO ds_instant_has_offset(raw) AS
    list_transform([ds_time_text(raw)], lambda s: CASE
        WHEN s IS NULL OR s = '' THEN NULL
        ELSE regexp_full_match(s, '\d{10}(\.\d+)?|\d{13}(\.\d+)?|\d{16}|\d{19}')
            OR ds_time_offset_parts(s).zone <> ''
    END)[1];

CREATE OR REPLACE MACRO ds_time_parsed(raw, zone, day_first) AS
    list_transform([ds_time_text(raw)], lambda s: CASE
        WHEN s IS NULL OR s = '' THEN NULL
        WHEN regexp_full_match(s, '\d{10}(\.\d+)?|\d{13}(\.\d+)?|\d{16}|\d{19}') THEN ds_time_epoch(s)
        ELSE list_transform([ds_time_offset_parts(s)], lambda p: CASE
            WHEN p.zone <> ''
                THEN timezone('UTC', ds_time_wall(p.wall, day_first)) - to_minutes(ds_time_offset_minutes(p.zone))
            ELSE timezone(nullif(trim(CAST(zone AS VARCHAR)), ''), ds_time_wall(s, day_first))
        END)[1]
    END)[1];

-- Most exports write ISO text ending in Z or in a `+hh:mm` offset, which DuckDB's own cast reads exactly and many
-- times faster than the general parser (1 s and more per million values): those shapes take the cast. The cast
-- does not check an offset's range, so only offsets up to 14 hours and 59 minutes do. Anything the cast refuses,
-- like every other shape, falls through to ds_time_parsed. COALESCE evaluates its second argument only for the
-- rows the first left NULL.
-- raw is written out in each test rather than bound once by a lambda: the cast of text to text costs nothing, and
-- building a list a row cost half as much again as the Z shape's whole reading.
CREATE OR REPLACE MACRO ds_instant(raw, zone, day_first := false) AS
    coalesce(
        CASE
            WHEN CAST(raw AS VARCHAR) LIKE '%Z' THEN TRY_CAST(CAST(raw AS VARCHAR) AS TIMESTAMPTZ)
            WHEN CAST(raw AS VARCHAR) LIKE '%T__:__%' AND CAST(raw AS VARCHAR)[-6] IN ('+', '-')
                AND CAST(raw AS VARCHAR)[-3] = ':' AND CAST(raw AS VARCHAR)[-5:-4] <= '14' AND CAST(raw AS VARCHAR)[-2:] < '60'
                THEN TRY_CAST(CAST(raw AS VARCHAR) AS TIMESTAMPTZ)
        END,
        ds_time_parsed(raw, zone, day_first)
    );

-- The time of day t holds, as `H:MM[:SS[.f]][ AM|PM][offset]` text, or '' when it holds none.
CREATE OR REPLACE MACRO ds_time_of_day(t) AS
    list_transform(
        [regexp_replace(trim(CAST(t AS VARCHAR)), '^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})[T ]\s*', '')],
        lambda v: CASE
            WHEN regexp_full_match(v, '\d{6}') THEN v[1:2] || ':' || v[3:4] || ':' || v[5:6]
            WHEN regexp_full_match(v, '\d{4}') THEN v[1:2] || ':' || v[3:4]
            WHEN regexp_matches(v, '^\d{1,2}:\d{2}') THEN v
            ELSE ''
        END)[1];

CREATE OR REPLACE MACRO ds_date_and_time(d, t) AS
    list_transform(
        [{'whole': nullif(trim(CAST(d AS VARCHAR)), ''), 'time_of_day': ds_time_of_day(t)}],
        lambda p: list_transform(
            [regexp_replace(p.whole, '[T ]+(?:0?0:00(?::00(?:[.,]0+)?)?|12:00(?::00)? ?[Aa]\.?[Mm]\.?)$', '')],
            lambda day: CASE
                WHEN p.whole IS NULL THEN NULL
                WHEN coalesce(p.time_of_day, '') = '' OR regexp_matches(day, '\d{1,2}:\d{2}') THEN p.whole
                ELSE day || ' ' || p.time_of_day
            END)[1])[1];
