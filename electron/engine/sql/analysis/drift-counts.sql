-- Purpose: how many SKU x locations the drift table holds, by status.
-- Params: none.
-- Returns: one row (items, drifting, in_flight, agreeing, single_system).
SELECT count(*)::INTEGER AS items,
       count(*) FILTER (WHERE status = 'drift')::INTEGER AS drifting,
       count(*) FILTER (WHERE status = 'in_flight')::INTEGER AS in_flight,
       count(*) FILTER (WHERE status = 'agree')::INTEGER AS agreeing,
       count(*) FILTER (WHERE status = 'single_system')::INTEGER AS single_system
FROM analysis_drift;
