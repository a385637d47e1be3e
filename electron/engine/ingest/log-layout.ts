// How a plain-text log's records open (log4j, logback, Mule runtime), as an RE2 pattern DuckDB and JavaScript both read;
// stage-log-records.sql splits a record's first line with the same levels and date-time.

const LEVELS = 'TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|FATAL|CRITICAL';
/**
 * A line that opens a log record: a date and time first (log4j's `%d %-5p`, logback's `%d [%t] %-5level`), or a
 * level and then the date (Mule's `%-5p %d`), either optionally bracketed. The lines after it up to the next such
 * line (a stack trace, Mule's starred error block) belong to the record.
 */
export const LOG_RECORD_OPENER = String.raw`^\s*(?:\[?(?:${LEVELS})\]?\s+)?\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}`;

/** The parts a staged log record may show, as columns (stage-log-columns.sql counts them), besides its whole text. */
export const LOG_PARTS = ['level', 'time', 'thread', 'processor', 'event', 'logger', 'message'] as const;
