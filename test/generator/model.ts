// The simulated retailer's vocabulary: systems, handoff paths, and the records the simulation hands to writers.

export type SystemId = 'erp' | 'wms' | 'storefront';

export type PathId = 'erp->wms' | 'wms->erp' | 'wms->storefront' | 'erp->storefront';

export const PATH_ENDS: Record<PathId, { from: SystemId; to: SystemId }> = {
  'erp->wms': { from: 'erp', to: 'wms' },
  'wms->erp': { from: 'wms', to: 'erp' },
  'wms->storefront': { from: 'wms', to: 'storefront' },
  'erp->storefront': { from: 'erp', to: 'storefront' },
};

/** Event types as the analysis normalises them; `detail` below tells the raw spelling apart. */
export type EventKind =
  | 'receipt'
  | 'order_release'
  | 'shipment_confirm'
  | 'adjustment'
  | 'return'
  | 'inventory_sync'
  | 'planning_signal';

/** Finer kinds that get their own raw spelling: which adjustment, which planning signal. */
export type EventDetail = 'cycle_count' | 'damage' | PlanningKind | null;

export type PlanningKind = 'forecast' | 'safety_stock' | 'reorder_point';

export type DeliveryStatus = 'success' | 'error' | 'rejected' | 'duplicate';

/** A SKU at a location: `sku * locationCount + location`. */
export type SkuLoc = number;

/** One line of the middleware log. Times are epoch milliseconds (UTC). */
export interface HandoffEvent {
  ts: number;
  path: PathId;
  kind: EventKind;
  detail: EventDetail;
  skuLoc: SkuLoc;
  qty: number;
  status: DeliveryStatus;
  errorCode: string | null;
  errorMessage: string | null;
  correlationId: string;
  idempotencyKey: string;
  recordRef: string;
}

export type ErpKind = 'sales_order' | 'item_fulfillment' | 'item_receipt' | 'inventory_adjustment' | 'return_authorization';

/** The document another ERP transaction was created from (`Purchase Order #PO123`). */
export interface SourceDocument {
  kind: 'purchase_order' | 'sales_order' | 'cash_sale' | 'return_authorization';
  number: string;
}

/** One item line of the NetSuite transaction saved search. `qty` is the signed stock effect (0 for orders). */
export interface ErpRow {
  ts: number;
  kind: ErpKind;
  doc: string;
  createdFrom: SourceDocument | null;
  skuLoc: SkuLoc;
  qty: number;
  status: string;
  party: string;
  memo: string;
}

export type WmsKind = 'receipt' | 'ship' | 'return' | 'cycle_count' | 'damage' | 'consumption';

/** One WMS inventory change: signed, with the level before it. */
export interface WmsRow {
  ts: number;
  kind: WmsKind;
  skuLoc: SkuLoc;
  delta: number;
  previous: number;
  reference: string | null;
  changeId: number;
}

/** Where the simulation's records go, in the order they happen. */
export interface RecordSink {
  event(event: HandoffEvent): void;
  erp(row: ErpRow): void;
  wms(row: WmsRow): void;
}
