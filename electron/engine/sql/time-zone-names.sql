-- Purpose: list every time zone name DuckDB's ICU knows, with its UTC offset at this moment.
-- Params: none.
-- Returns: name VARCHAR, utc_offset_minutes INTEGER (today's offset, daylight saving included when in force).
SELECT
    name,
    CAST(epoch(utc_offset) / 60 AS INTEGER) AS utc_offset_minutes
FROM pg_timezone_names()
ORDER BY name;
