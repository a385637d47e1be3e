// Raw spellings the generated exports use for event types, statuses, triggers, paths and ledger reasons.
// Every one must normalise, through Driftscope's vocabulary, to the value its key names (a unit test checks this).
import type { DeliveryStatus, EventKind, PlanningKind } from './model';

/** Event type spellings per normalised type (and per adjustment or planning kind). */
export const EVENT_TYPE_SPELLINGS: Record<EventKind | 'cycle_count' | 'damage' | PlanningKind, string[]> = {
  receipt: ['po_receipt', 'receipt', 'ItemRcpt', 'item_receipt', 'Item Receipt', 'PO Receipt', 'goods_receipt'],
  order_release: ['order_release', 'SalesOrd', 'release', 'Order Released', 'fulfillment_request', 'sales_order', 'pick ticket'],
  shipment_confirm: ['shipment_confirm', 'ship confirm', 'ItemShip', 'shipment', 'Order Shipped', 'fulfillment', 'shipment_confirmation'],
  adjustment: ['adjustment', 'inventory_adjustment', 'InvAdjst', 'stock_adjustment', 'Inventory Adjustment'],
  cycle_count: ['cycle_count', 'cycle count', 'InvCount', 'inventory_count'],
  damage: ['damage', 'damaged', 'write_off', 'Damaged'],
  return: ['return', 'RtnAuth', 'rma', 'return_authorization', 'customer_return'],
  inventory_sync: ['inventory_levels/update', 'inventory_sync', 'inventory update', 'stock_push', 'availability_update', 'InventoryUpdate'],
  planning_signal: ['planning_signal', 'planning', 'mrp'],
  forecast: ['forecast update', 'forecast_update', 'demand_forecast', 'FORECAST'],
  safety_stock: ['safety stock update', 'safety_stock', 'SAFETY_STOCK_UPDATE', 'SafetyStock'],
  reorder_point: ['reorder point update', 'reorder_point', 'ReorderPoint', 'reorder_trigger'],
};

/** Status spellings, one style per seed. */
export const STATUS_STYLES: Record<DeliveryStatus, string>[] = [
  { success: 'success', error: 'error', rejected: 'rejected', duplicate: 'duplicate' },
  { success: 'OK', error: 'ERROR', rejected: 'REJECTED', duplicate: 'DUPLICATE' },
  { success: 'processed', error: 'failed', rejected: 'invalid', duplicate: 'skipped_duplicate' },
  { success: 'ok', error: 'err', rejected: 'reject', duplicate: 'dup' },
  { success: '200', error: '500', rejected: '422', duplicate: '409' },
  { success: 'delivered', error: 'timeout', rejected: 'validation_error', duplicate: 'already_processed' },
];

export const CLOCK_TRIGGERS = ['scheduled', 'exec_sched', 'cron', 'batch', 'polling'];
export const EVENT_TRIGGERS = ['listener', 'exec_listener', 'webhook', 'event', 'realtime'];

/** NetSuite transaction types: display name and type code. */
export const NETSUITE_TYPES = {
  sales_order: ['Sales Order', 'SalesOrd'],
  item_fulfillment: ['Item Fulfillment', 'ItemShip'],
  item_receipt: ['Item Receipt', 'ItemRcpt'],
  inventory_adjustment: ['Inventory Adjustment', 'InvAdjst'],
  return_authorization: ['Return Authorization', 'RtnAuth'],
} as const;

/** Normalised ledger type of each NetSuite transaction, as the analysis will read it. */
export const NETSUITE_TXN_TYPE = {
  sales_order: 'order',
  item_fulfillment: 'fulfillment',
  item_receipt: 'receipt',
  inventory_adjustment: 'adjustment',
  return_authorization: 'return',
} as const;

/** WMS change reasons per kind, with the ledger type each normalises to (consumption ones may be `other`). */
export const WMS_REASONS = {
  receipt: { spellings: ['Received', 'Receiving', 'PO Received', 'receipt'], txnType: 'receipt' },
  ship: { spellings: ['Shipped', 'Order Shipped', 'ship', 'Shipment'], txnType: 'ship' },
  return: { spellings: ['Returned', 'Restock', 'Customer Return', 'return'], txnType: 'return' },
  cycle_count: { spellings: ['Cycle Count', 'Cycle Counted', 'cycle_count', 'Stock Count'], txnType: 'cycle_count' },
  damage: { spellings: ['Damaged', 'Write Off', 'damage', 'Scrapped'], txnType: 'damage' },
  consumption: { spellings: ['Adjustment', 'Manual Adjustment', 'Inventory Adjustment'], txnType: 'adjustment' },
} as const;

/** Reasons a faulty WMS writes for planning signals it books, which the vocabulary does not know. */
export const WMS_CONSUMPTION_UNKNOWN = ['consumption', 'allocation'];
