-- Purpose: group a plain-text log's lines into records (a line that opens one, and the lines after it up to the next:
--          a stack trace, Mule's starred error block) and split each record's first line into the parts log4j,
--          logback and Mule layouts write: level, time, thread, Mule's processor path and event (correlation) id,
--          logger, and the message, which goes on over the record's other lines. Blank records are left out.
-- Params: $opener (RE2, log-layout.ts) a line that opens a record.
-- Returns: nothing; creates temp.stage(line_base, line, level, time, thread, processor, event, logger, message) in
--          file order: line_base is the record's first line among the lines read, line the record's whole text.
CREATE OR REPLACE TEMP TABLE stage AS
WITH numbered AS (
    SELECT rowid + 1 AS n, line, coalesce(regexp_matches(line, $opener), false) AS opens
    FROM temp.log_lines
),
grouped AS (
    SELECT n, line, sum(CASE WHEN opens THEN 1 ELSE 0 END) OVER (ORDER BY n ROWS UNBOUNDED PRECEDING) AS record
    FROM numbered
),
records AS (
    SELECT min(n) AS line_base, rtrim(string_agg(coalesce(line, ''), E'\n' ORDER BY n), E' \t\r\n') AS line
    FROM grouped
    GROUP BY record
    HAVING NOT regexp_full_match(string_agg(coalesce(line, ''), ''), '\s*')
),
parts AS (
    SELECT line_base, line,
        -- The pattern is written here, not bound: DuckDB names the parts only for a constant pattern. Its levels and
        -- its date-time are those of the opener (log-layout.ts); a bracketed part may hold bracketed parts (Mule's
        -- thread `[[MuleRuntime].uber.04: [app].flow.CPU_LITE @1a]`). The time's offset may follow a space
        -- (`00:07:04.284 +0530`).
        regexp_extract(split_part(line, E'\n', 1),
            '^\s*(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\]?\s+)?\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)\]?\s+(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\]?\s+)?(?:\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\s*)?(?:\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL)\]?\s+)?(?:\[processor: ([^;\]]*); event: ([^\]]*)\]\s*)?(?:([A-Za-z_$][\w.$]*)(?::|\s+-)(?:\s|$))?(.*)$',
            ['level_first', 'time', 'level_after_time', 'thread', 'level_after_thread', 'processor', 'event', 'logger', 'message']) AS p,
        substr(line, strpos(line || E'\n', E'\n')) AS more
    FROM records
)
SELECT line_base, line,
    coalesce(nullif(p.level_first, ''), nullif(p.level_after_time, ''), nullif(p.level_after_thread, '')) AS level,
    nullif(p.time, '') AS time,
    nullif(trim(p.thread), '') AS thread,
    nullif(trim(p.processor), '') AS processor,
    nullif(trim(p.event), '') AS event,
    nullif(p.logger, '') AS logger,
    CASE WHEN p.time = '' THEN line ELSE nullif(trim(p.message || more), '') END AS message
FROM parts
ORDER BY line_base;
