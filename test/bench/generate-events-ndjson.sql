-- Purpose: write a synthetic middleware event log as gzipped JSON lines (a nested payload carries the SKU).
-- Params: $rows how many events; $path the .jsonl.gz file to write.
-- Returns: one row (Count) with the rows written.
COPY (
    SELECT
        'EVT-' || lpad(i::VARCHAR, 9, '0') AS event_id,
        strftime(TIMESTAMPTZ '2026-10-01 00:00:00+00' + to_seconds(i * 2.6), '%Y-%m-%dT%H:%M:%SZ') AS occurred_at,
        (['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'])[1 + i % 4] AS path,
        (['receipt', 'shipment_confirm', 'inventory_sync', 'order_release', 'adjustment'])[1 + (i * 7) % 5] AS event_type,
        CASE WHEN i % 53 = 0 THEN 'error' WHEN i % 89 = 0 THEN 'retried' ELSE 'success' END AS status,
        'corr-' || md5(i::VARCHAR)[1:12] AS correlation_id,
        {'sku': 'SKU-' || lpad(((i * 7919) % 50000)::VARCHAR, 6, '0'), 'qty': ((i * 37) % 97) - 20,
         'location': (['ATL1', 'DFW2', 'RNO1'])[1 + (i * 13) % 3]} AS payload
    FROM range($rows) AS t(i)
) TO $path (FORMAT json, COMPRESSION gzip);
