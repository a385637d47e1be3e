-- Purpose: how many flow names or raw path texts name a path or event type to fill in (flow-routes.sql): with
--          none, the update that applies them (flow-routes-apply.sql) would scan the events for nothing.
-- Params: none.
-- Returns: one row (routes).
SELECT count(*) AS routes FROM temp.flow_routes WHERE path IS NOT NULL OR event_type IS NOT NULL;
