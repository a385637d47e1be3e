-- Purpose: per system, the offsets or zones inferred for its sources from shared references (tz_rule 'inferred
--          UTC+hh:mm' or 'inferred America/New_York'), with a file that proved each, for the system's other naive sources to adopt.
-- Params: none.
-- Returns: rows (system, tz_rule, file_name), one per system and distinct inferred rule.
SELECT system, tz_rule, min(file_name) AS file_name
FROM sources
WHERE system IS NOT NULL AND tz_rule LIKE 'inferred %'
GROUP BY system, tz_rule
ORDER BY system, tz_rule;
