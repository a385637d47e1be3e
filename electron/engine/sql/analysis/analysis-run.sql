-- Purpose: record the settings of the analysis being run, which the history views read.
-- Params: $as_of (ISO instant); $in_flight_s; $window_s; $app_version.
-- Returns: nothing; (re)creates analysis_run (one row).
CREATE OR REPLACE TABLE analysis_run AS
SELECT $as_of::TIMESTAMPTZ AS as_of,
       $in_flight_s::DOUBLE AS in_flight_s,
       $window_s::DOUBLE AS window_s,
       $app_version::VARCHAR AS app_version,
       now() AS analysed_at;
