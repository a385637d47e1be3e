-- Purpose: write a synthetic middleware event log CSV of realistic shape for the benchmark.
-- Params: $rows how many events; $path the CSV file to write.
-- Returns: one row (Count) with the rows written.
COPY (
    SELECT
        'EVT-' || lpad(i::VARCHAR, 9, '0') AS event_id,
        strftime(TIMESTAMPTZ '2026-10-01 00:00:00+00' + to_seconds(i * 2.6), '%Y-%m-%dT%H:%M:%SZ') AS occurred_at,
        (['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'])[1 + i % 4] AS path,
        (['PO Receipt to WMS', 'Shipment Confirm to ERP', 'Inventory Sync', 'Order Release'])[1 + i % 4] AS flow,
        (['receipt', 'shipment_confirm', 'inventory_sync', 'order_release', 'adjustment'])[1 + (i * 7) % 5] AS event_type,
        'SKU-' || lpad(((i * 7919) % 50000)::VARCHAR, 6, '0') AS sku,
        (['ATL1', 'DFW2', 'RNO1'])[1 + (i * 13) % 3] AS location,
        ((i * 37) % 97) - 20 AS qty,
        CASE WHEN i % 53 = 0 THEN 'error' WHEN i % 89 = 0 THEN 'retried' ELSE 'success' END AS status,
        CASE WHEN i % 53 = 0 THEN 'INVALID_PAYLOAD' ELSE '' END AS error_code,
        'corr-' || md5(i::VARCHAR)[1:12] AS correlation_id,
        '{"ref":"PO-' || (i % 100000)::VARCHAR || '","attempt":' || (1 + i % 3)::VARCHAR || '}' AS payload
    FROM range($rows) AS t(i)
) TO $path (HEADER, DELIMITER ',');
