-- Purpose: the group key of a delivery, shared by the two passes that find duplicates (temp macro).
-- Params: none.
-- Returns: nothing. noise_delivery_hash(path, sku_key, idempotency_key, correlation_id, event_type): a 64-bit hash
--          of the path, the SKU and the idempotency key, or when that is absent the correlation id and event type.
CREATE OR REPLACE TEMP MACRO noise_delivery_hash(path, sku_key, idempotency_key, correlation_id, event_type) AS hash(
    path, sku_key, idempotency_key,
    CASE WHEN idempotency_key IS NULL THEN correlation_id END,
    CASE WHEN idempotency_key IS NULL THEN event_type END
);
