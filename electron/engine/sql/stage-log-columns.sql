-- Purpose: which parts a staged plain-text log's records show at all, so a preset is matched on what the log writes
--          (Mule's processor and event ids, a thread, a logger) rather than on the parts every log could have.
-- Params: none.
-- Returns: one row: how many records hold each part.
SELECT count(level) AS level, count(time) AS time, count(thread) AS thread, count(processor) AS processor,
       count(event) AS event, count(logger) AS logger, count(message) AS message
FROM temp.stage;
