-- Purpose: the board's headline: when the analysis ran and at which instant it compared the systems, how many
--          SKU x locations it compared, how many drift and by how many units.
-- Params: none (reads analysis_run and analysis_drift).
-- Returns: one row: as_of, analysed_at (ISO text), skus, drifting INTEGER, units DOUBLE.
SELECT ds_iso(r.as_of) AS as_of,
       ds_iso(r.analysed_at) AS analysed_at,
       (SELECT count(*) FROM analysis_drift)::INTEGER AS skus,
       (SELECT count(*) FROM analysis_drift WHERE status = 'drift')::INTEGER AS drifting,
       (SELECT coalesce(sum(drift_units), 0) FROM analysis_drift WHERE status = 'drift')::DOUBLE AS units
FROM analysis_run r;
