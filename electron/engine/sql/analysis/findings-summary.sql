-- Purpose: the headline figures of an analysis: SKUs compared, drifting ones and their units, events, rejected rows,
--          and the time span the case covers.
-- Params: none (reads analysis_drift, events, ledger, sources).
-- Returns: one row.
SELECT (SELECT count(*) FROM analysis_drift)::INTEGER AS skus,
       (SELECT count(*) FROM analysis_drift WHERE status = 'drift')::INTEGER AS drifting,
       (SELECT coalesce(sum(drift_units), 0) FROM analysis_drift WHERE status = 'drift')::DOUBLE AS units,
       (SELECT count(*) FROM events)::BIGINT AS events,
       (SELECT coalesce(sum(rows_rejected), 0) FROM sources)::BIGINT AS rejected_rows,
       ds_iso(least((SELECT min(ts) FROM events), (SELECT min(ts) FROM ledger))) AS time_from,
       ds_iso(greatest((SELECT max(ts) FROM events), (SELECT max(ts) FROM ledger))) AS time_to;
