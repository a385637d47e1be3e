-- Purpose: make sure temp.csv_reject_errors exists after staging (readers without reject capture create none).
-- Params: none.
-- Returns: nothing.
CREATE TEMP TABLE IF NOT EXISTS csv_reject_errors (
    line BIGINT,
    csv_line VARCHAR,
    error_type VARCHAR,
    error_message VARCHAR,
    column_name VARCHAR,
    column_idx BIGINT
);
