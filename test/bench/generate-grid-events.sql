-- Purpose: fill a fresh case's events table with synthetic middleware events for the grid benchmark, shaped as an
--          import leaves them: four source files appended one after another, each in time order, so the table is
--          not stored in global time order; SKUs and statuses repeat (ties), and a few times and SKUs are NULL.
-- Params: $rows how many events.
-- Returns: nothing.
INSERT INTO events (
    source_id, line_number, event_id, ts, ts_raw, path, path_raw, flow, event_type, event_type_raw, sku, location, qty,
    status, status_raw, error_code, error_message, correlation_id, idempotency_key, record_ref, trigger, trigger_raw,
    payload, ref_key, loc_key
)
SELECT
    1 + i * 4 // $rows AS source_id,
    2 + i % ($rows // 4) AS line_number,
    'EVT-' || lpad(i::VARCHAR, 9, '0') AS event_id,
    CASE WHEN i % 997 = 0 THEN NULL
         ELSE TIMESTAMPTZ '2026-10-01 00:00:00+00' + to_seconds((i % ($rows // 4)) * 10.4 + (i * 4 // $rows) * 0.7)
    END AS ts,
    NULL AS ts_raw,
    (['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'])[1 + i * 4 // $rows] AS path,
    NULL AS path_raw,
    (['PO Receipt to WMS', 'Shipment Confirm to ERP', 'Inventory Sync', 'Order Release'])[1 + i * 4 // $rows] AS flow,
    (['receipt', 'shipment_confirm', 'inventory_sync', 'order_release', 'adjustment'])[1 + (i * 7) % 5] AS event_type,
    NULL AS event_type_raw,
    CASE WHEN i % 211 = 0 THEN NULL ELSE 'SKU-' || lpad(((i * 7919) % 50000)::VARCHAR, 6, '0') END AS sku,
    (['ATL1', 'DFW2', 'RNO1'])[1 + (i * 13) % 3] AS location,
    ((i * 37) % 97) - 20 AS qty,
    CASE WHEN i % 53 = 0 THEN 'error' WHEN i % 89 = 0 THEN 'retried' WHEN i % 311 = 0 THEN 'pending' ELSE 'success' END AS status,
    NULL AS status_raw,
    CASE WHEN i % 53 = 0 THEN 'INVALID_PAYLOAD' END AS error_code,
    CASE WHEN i % 53 = 0 THEN 'Payload rejected by the receiver: quantity missing' END AS error_message,
    'corr-' || lpad(to_hex(hash(i) % 281474976710656), 12, '0') AS correlation_id,
    'idem-' || (i // 2)::VARCHAR AS idempotency_key,
    'PO-' || (i % 100000)::VARCHAR AS record_ref,
    (['scheduled', 'listener'])[1 + i * 4 // $rows % 2] AS trigger,
    NULL AS trigger_raw,
    '{"ref":"PO-' || (i % 100000)::VARCHAR || '","attempt":' || (1 + i % 3)::VARCHAR || '}' AS payload,
    'po' || (i % 100000)::VARCHAR AS ref_key,
    lower((['ATL1', 'DFW2', 'RNO1'])[1 + (i * 13) % 3]) AS loc_key
FROM range($rows) AS t(i);
