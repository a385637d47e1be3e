-- Purpose: fill in the path and event type of events whose export gave none, from what their flow name says
--          (flow-routes.sql), or for events naming neither a flow nor a path, from their file's name; the raw values
--          stay as written in path_raw and event_type_raw.
-- Params: $source_id: the source just loaded, or NULL for every event.
-- Returns: nothing.
UPDATE events AS e
SET path = CASE
               WHEN e.path IN ('erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront', 'storefront->erp', 'storefront->wms')
                   THEN e.path
               ELSE coalesce(r.path, e.path)
           END,
    event_type = CASE WHEN e.event_type = 'other' THEN coalesce(r.event_type, 'other') ELSE e.event_type END
FROM flow_routes r
WHERE r.route_text = coalesce(e.path_raw, '') || chr(1) || coalesce(
          e.flow, CASE WHEN e.path_raw IS NULL THEN (SELECT file_name FROM sources s WHERE s.source_id = e.source_id) END, '')
  AND ($source_id::INTEGER IS NULL OR e.source_id = $source_id)
  AND (r.path IS NOT NULL OR r.event_type IS NOT NULL);
