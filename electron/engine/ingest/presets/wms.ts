// Presets for warehouse exports in the ShipHero and ShipBob style: on-hand snapshots and inventory-change ledgers.
import { DOCUMENT_IN_PARENTHESES, DOCUMENT_IN_TEXT } from './document-in-text';
import type { PresetOf } from './preset-of';

/** Australian, New Zealand and British 3PLs name the SKU a product or stock code; HighJump an item number. */
const SKU = ['sku', 'item_sku', 'product_sku', 'variant_sku', 'item', 'item_code', 'article', 'product_code', 'stock_code', 'item_number'];

/**
 * Warehouse names before ids: other systems' exports name locations, and a readable key makes the location
 * crosswalk checkable. A bin-level `location_id` (ShipHero, HighJump) comes last, after every warehouse-level name
 * (HighJump's `wh_id`). ShipBob's
 * JSON nests the center (`fulfillment_center: {id, name}`), so its name comes before the object itself.
 */
const WAREHOUSE = [
  'warehouse',
  'warehouse_name',
  'whse',
  'warehouse_code',
  'fulfillment_center.name',
  'warehouse_identifier',
  'warehouse_id',
  'wh_id',
  'fulfillment_center.id',
  'fulfillment_center',
  'fulfillment_center_name',
  'fulfillment_center_id',
  'location_name',
  'location',
  'site',
  'location_id',
  'facility_name',
  'facility',
  'facility_id',
];
/** When a webhook sink stamped the body it stored (the body itself carries no time). */
const RECEIVED_AT = ['received_at', 'receivedAt', 'received', 'delivered_at', 'ingested_at'];
/** SOH is stock on hand, as AU/NZ/UK warehouse systems write it; HighJump's stored items hold an actual quantity. */
const ON_HAND = ['on_hand', 'total_on_hand_quantity', 'on_hand_quantity', 'qty_on_hand', 'quantity_on_hand', 'soh', 'stock_on_hand', 'actual_qty'];
/** ShipBob's fulfillable is on hand minus committed: the closest figure to "available". */
const AVAILABLE = [
  'available',
  'total_fulfillable_quantity',
  'fulfillable_quantity',
  'fulfillable',
  'sellable',
  'total_sellable_quantity',
  'sellable_quantity',
  'available_quantity',
  'free_stock',
];
const UPDATED = ['updated_at', 'last_updated', 'last_modified', 'modified_at'];

export const wmsOnHand: PresetOf<'snapshots'> = {
  id: 'wms-on-hand',
  name: 'WMS on-hand snapshot (ShipHero / ShipBob style)',
  description:
    'A warehouse inventory export with one row per SKU and warehouse, or per bin, lot or licence plate (HighJump\'s ' +
    't_stored_item), whose rows add up: on hand, allocated or committed, available (fulfillable), reserve, backorder. ' +
    'ShipHero quantities may arrive as text ("113").',
  system: 'wms',
  kind: 'snapshots',
  fields: {
    sku: SKU,
    location: WAREHOUSE,
    on_hand: ON_HAND,
    available: AVAILABLE,
    committed: ['committed', 'total_committed_quantity', 'committed_quantity'],
    allocated: ['allocated', 'allocated_quantity', 'qty_allocated'],
    reserve: ['reserve', 'reserved', 'reserve_quantity', 'reserved_quantity'],
    incoming: ['incoming', 'total_awaiting_quantity', 'awaiting_quantity', 'awaiting'],
    unavailable: ['non_sellable', 'unavailable', 'total_exception_quantity', 'exception_quantity', 'on_hold', 'unavailable_qty'],
    last_modified: UPDATED,
    captured_at: ['captured_at', 'snapshot_at', 'as_of', 'as_at', 'exported_at'],
  },
  detect: {
    required: [SKU, WAREHOUSE, [...ON_HAND, ...AVAILABLE]],
    optional: [
      ['allocated', 'allocated_quantity'],
      ['committed', 'total_committed_quantity', 'committed_quantity'],
      ['reserve', 'reserved'],
      ['backorder', 'backorder_quantity', 'total_backordered_quantity', 'backordered'],
      ['sell_ahead'],
      ['non_sellable', 'total_exception_quantity'],
      ['total_awaiting_quantity', 'awaiting_quantity'],
      ['total_internal_transfer_quantity', 'internal_transfer_quantity'],
      ['qty_in_totes'],
      ['inventory_id'],
      ['name', 'product_name'],
      ['lot_number', 'lot_name'],
      ['hu_id', 'lpn', 'license_plate'],
      ['fifo_date'],
      ['unavailable_qty'],
      UPDATED,
    ],
    formats: ['delimited', 'json'],
  },
};

const CHANGE = ['change_in_on_hand', 'change_in_on_hand_quantity', 'quantity_change', 'qty_change', 'on_hand_change'];
const CHANGE_TIME = ['created_at', 'date', 'changed_at', 'timestamp', 'event_datetime'];
/** ShipBob's history names the change's type (`Cycle Count`, `Order`, `Receiving`) where ShipHero writes a free-text reason. */
const REASON = ['reason', 'change_reason', 'reason_code', 'transaction_type', 'type', 'event_category'];
/** ShipBob nests the document (`reference: {type, id}`); the id is the document. */
const CHANGE_REFERENCE = [
  'reference.id',
  'primary_reference.value',
  'reference_id',
  'reference',
  'order_number',
  'order',
  'po_number',
  'order_id',
  'document',
  'shipbob_order_id',
];

/**
 * `change_in_on_hand` is already signed, so no type is forced negative. Reasons are free text ("Order #NW10240
 * shipped", "Cycle count, by jdoe"), typed by the vocabulary's words, and the document they name is the reference
 * where a row has no reference of its own (ShipHero's log has no reference column); a second document in
 * parentheses (`Order shipped: DH10009 (SO-2027-11009)`) is the alt_reference, the ERP's name for it. `cycle_counted` is shown as evidence but does not
 * set the type: a cycle count's reason says so itself.
 */
export const wmsInventoryChanges: PresetOf<'ledger'> = {
  id: 'wms-inventory-changes',
  name: 'WMS inventory changes (ShipHero InventoryChange style)',
  description:
    'A warehouse inventory-change log, one row per on-hand change: SKU, warehouse, signed change, reason, time. ' +
    'Reasons are free text; the common ones map to receipt, ship, return, cycle count, damage, adjustment.',
  system: 'wms',
  kind: 'ledger',
  fields: {
    txn_id: ['id', 'legacy_id', 'row_id', 'change_id'],
    ts: CHANGE_TIME,
    txn_type: REASON,
    sku: SKU,
    location: WAREHOUSE,
    qty_delta: CHANGE,
    reference: {
      first: [CHANGE_REFERENCE, { column: REASON, pattern: DOCUMENT_IN_TEXT }],
    },
    alt_reference: { column: REASON, pattern: DOCUMENT_IN_PARENTHESES },
  },
  /**
 * In a warehouse's own log an `Order` change is the order leaving the shelf: a shipment, not an ERP sales order.
 * ShipBob's inventory history (saved API pages, `{"data": [...]}`) types its changes by `event_category`: `Pick`,
 * `ReceivingStow` (a receiving order stowed), `Restock` (a return put back), `Adjustment`.
 */
  values: { txn_type: { order: 'ship', 'order shipped': 'ship', receiving: 'receipt', receivingstow: 'receipt', restock: 'return' } },
  detect: {
    required: [SKU, CHANGE, CHANGE_TIME],
    optional: [
      ['previous_on_hand'],
      REASON,
      ['cycle_counted'],
      ['warehouse_id', 'warehouse', 'fulfillment_center.name', 'fulfillment_center.id'],
      ['on_hand_after', 'previous_on_hand'],
      ['inventory_id'],
      ['id'],
      ['legacy_id'],
      ['location_id'],
      ['user_id'],
      ['account_id'],
      ['lot_id', 'lot_name'],
      ['previous_allocated', 'change_in_allocated'],
      ['order_number', 'order', 'reference'],
    ],
    formats: ['delimited', 'json'],
  },
};

/**
 * ShipHero's GraphQL API pages inventory changes as `data.inventory_changes.data.edges[*].node`; saved responses
 * (one page, or a JSON array of pages) hold one change per node, read as the flat change log is.
 */
export const shipheroInventoryChangesGraphql: PresetOf<'ledger'> = {
  ...wmsInventoryChanges,
  id: 'shiphero-inventory-changes-graphql',
  name: 'ShipHero GraphQL inventory changes (saved API responses)',
  description:
    'Saved responses of ShipHero\'s GraphQL inventory_changes query, one page or an array of pages: one ledger row per ' +
    'change node (sku, warehouse_id, change_in_on_hand, reason, created_at), read as the WMS inventory-change log.',
  records: {
    first: [
      { path: '$.data.inventory_changes.data.edges[*].node' },
      { path: '$.data.inventory_changes.data.nodes[*]' },
    ],
  },
};

/**
 * What kind of move a movement log's row is: a short code (GR, GI, INV), an SAP-style movement type number, or a
 * 3PL's words (ShipBob's inventory history: `Received`, `Shipped`, `Adjustment - Damaged`).
 */
const MOVEMENT = [
  'movement',
  'movement_type',
  'movement_code',
  'mvt',
  'mvt_type',
  'move_type',
  'bewegungsart',
  'tran_type',
  'trans_type',
  'transaction_type',
];
const MOVEMENT_QTY = ['qty', 'quantity', 'movement_qty', 'moved_qty', 'menge'];
const MOVEMENT_TIME = [
  'date',
  'movement_date',
  'posting_date',
  'posted_at',
  'created_at',
  'timestamp',
  'datum',
  'tran_date_utc',
  'tran_date',
  'trans_date',
];
/** SAP and German exports name the item `Material` or `Artikel`. */
const MOVEMENT_SKU = [...SKU, 'material', 'artikel', 'article_number'];
const MOVEMENT_REFERENCE = ['reference', 'document', 'document_number', 'doc_no', 'order', 'order_number', 'delivery', 'referenz'];

/**
 * A 3PL's stock-movement log: one row per move with a movement code and a quantity signed as the stock moved (a goods
 * issue is negative), as SAP-style warehouse exports write them. A plain `Qty` means the move only next to a
 * movement column; without one the file is not read as a ledger. Codes: GR goods receipt, GI goods issue (the
 * order leaving), INV/PI inventory count, SCRAP, TR transfer, RET return; the AU/NZ 3PL spellings DESP despatch,
 * RECV receipt, CC cycle count, DMG damage, RTN return, XFER transfer (`TranType`); SAP numbers 101/102 receipt, 601/602 goods
 * issue for delivery, 651 customer return, 551/552 scrapping, 701/702 and 711/712 inventory differences,
 * 301/311 transfers. Other codes stay `other`, with the code kept raw.
 */
export const wmsStockMovements: PresetOf<'ledger'> = {
  id: 'wms-stock-movements',
  name: 'Warehouse stock movements (3PL movement log, GR / GI / INV codes)',
  description:
    'A warehouse or 3PL movement log, one row per stock move: date, item, warehouse, movement code, signed quantity, ' +
    'reference. Short codes (GR, GI, INV, SCRAP) and SAP movement type numbers map to receipt, ship, cycle count, damage.',
  system: 'wms',
  kind: 'ledger',
  fields: {
    txn_id: ['movement_id', 'material_document', 'tran_id', 'trans_id', 'id'],
    ts: MOVEMENT_TIME,
    txn_type: MOVEMENT,
    sku: MOVEMENT_SKU,
    location: [...WAREHOUSE, 'plant', 'storage_location', 'lager'],
    qty_delta: MOVEMENT_QTY,
    reference: MOVEMENT_REFERENCE,
  },
  values: {
    txn_type: {
      gr: 'receipt',
      we: 'receipt',
      gi: 'ship',
      wa: 'ship',
      inv: 'cycle_count',
      pi: 'cycle_count',
      scrap: 'damage',
      tr: 'transfer',
      trf: 'transfer',
      ret: 'return',
      adj: 'adjustment',
      desp: 'ship',
      despatch: 'ship',
      dispatch: 'ship',
      recv: 'receipt',
      rcpt: 'receipt',
      cc: 'cycle_count',
      dmg: 'damage',
      rtn: 'return',
      xfer: 'transfer',
      '101': 'receipt',
      '102': 'receipt',
      '601': 'ship',
      '602': 'ship',
      '651': 'return',
      '551': 'damage',
      '552': 'damage',
      '701': 'cycle_count',
      '702': 'cycle_count',
      '711': 'cycle_count',
      '712': 'cycle_count',
      '301': 'transfer',
      '311': 'transfer',
    },
  },
  detect: {
    required: [MOVEMENT_SKU, MOVEMENT, MOVEMENT_QTY, MOVEMENT_TIME],
    optional: [WAREHOUSE, MOVEMENT_REFERENCE, ['user', 'user_name', 'created_by'], ['unit', 'uom']],
    formats: ['delimited', 'json'],
  },
};

/**
 * Körber (HighJump) WarehouseAdvantage's transaction log, `t_tran_log`, as a SQL Server export writes it: one row per
 * warehouse transaction, the date and the time of day in two columns (`start_tran_date`, `start_tran_time`, read
 * together), the quantity unsigned (`tran_qty`) and the transaction's kind in words (`description`: Receive, Pick to
 * Stage, Ship Confirm, Cycle Count Adjustment) beside a site-specific code (`tran_type`). The words type the row;
 * shipments and damage are stored negative; picks, packs, moves and putaways stay inside the warehouse (`wh_id`),
 * so their change is 0. `control_number` names the order, PO or count.
 */
export const highjumpTranLog: PresetOf<'ledger'> = {
  id: 'highjump-tran-log',
  name: 'Körber (HighJump) transaction log (t_tran_log)',
  description:
    'A HighJump / Körber WMS transaction log: item_number, wh_id, tran_qty (unsigned), description (the kind of ' +
    'transaction), control_number, the date and time in two columns. Shipments are stored negative; picks and bin ' +
    'moves stay inside the warehouse (0).',
  system: 'wms',
  kind: 'ledger',
  fields: {
    txn_id: ['tran_log_id'],
    ts: ['start_tran_date', 'end_tran_date', 'tran_date'],
    txn_type: ['description', 'tran_type'],
    sku: ['item_number'],
    location: ['wh_id'],
    qty_delta: ['tran_qty'],
    reference: ['control_number', 'outside_id'],
  },
  values: { txn_type: { putaway: 'transfer', 'put away': 'transfer', move: 'transfer' } },
  negativeTxnTypes: ['ship', 'damage'],
  withinLocationTxnTypes: ['pick', 'pack', 'transfer'],
  detect: {
    required: [['item_number'], ['tran_type', 'description'], ['tran_qty'], ['start_tran_date', 'end_tran_date', 'tran_date']],
    optional: [
      ['tran_log_id'],
      ['start_tran_time'],
      ['end_tran_date', 'end_tran_time'],
      ['employee_id'],
      ['control_number'],
      ['wh_id'],
      ['location_id'],
      ['hu_id'],
      ['lot_number'],
      ['location_id_2', 'wh_id_2'],
      ['outside_id'],
    ],
    formats: ['delimited', 'json'],
  },
};

/**
 * ShipHero's Inventory Update webhooks as a client's webhook sink keeps them: each body lists the SKUs that changed
 * (`inventory[]`), with the account-wide figures and the warehouse that changed (`updated_warehouse`), whose own
 * figures come first. The body carries no time of its own, so only a sink that stamps each body as it arrives
 * (`received_at`) makes them levels at an instant; without that stamp the stream stays raw. `inventory` is
 * ShipHero's available figure (on hand minus allocated and reserve, plus sell-ahead); quantities may be strings.
 */
export const shipheroInventoryUpdateWebhooks: PresetOf<'snapshots'> = {
  id: 'shiphero-inventory-update-webhooks',
  name: 'ShipHero Inventory Update webhooks (received by a sink)',
  description:
    'ShipHero Inventory Update webhook bodies stamped by the client\'s webhook sink (received_at): one snapshot per SKU ' +
    'and updated warehouse, with its on hand and available (inventory) figures at the time the body arrived.',
  system: 'wms',
  kind: 'snapshots',
  records: { path: '$.inventory[*]' },
  fields: {
    sku: ['sku'],
    location: ['updated_warehouse.identifier', 'updated_warehouse.warehouse_id'],
    on_hand: ['updated_warehouse.on_hand', 'on_hand'],
    available: ['updated_warehouse.inventory', 'inventory'],
    reserve: ['updated_warehouse.reserve', 'reserve'],
    captured_at: RECEIVED_AT,
  },
  detect: {
    required: [['sku'], ['updated_warehouse.on_hand', 'updated_warehouse.inventory'], RECEIVED_AT],
    optional: [['webhook_type'], ['account_id', 'account_uuid'], ['updated_warehouse.identifier'], ['backorder_quantity'], ['sell_ahead']],
    formats: ['json'],
  },
};

/**
 * ShipBob's inventory levels by location (the API's per-location view): one record per product, with a list of
 * its fulfillment centers and the figures at each. One snapshot per product and center; the center's own `name`
 * hides the product's. Fulfillable is on hand minus committed, the closest figure to available.
 */
export const wmsInventoryByLocation: PresetOf<'snapshots'> = {
  id: 'wms-inventory-by-location',
  name: 'ShipBob inventory levels by location',
  description:
    'ShipBob inventory levels listing each product\'s fulfillment centers under locations: one snapshot per product ' +
    'and center, with on hand, fulfillable (available), committed, awaiting (incoming) and exception figures.',
  system: 'wms',
  kind: 'snapshots',
  records: { path: '$.locations[*]' },
  fields: {
    sku: ['sku', 'product_sku'],
    location: ['name', 'location_name', 'location_id'],
    on_hand: ['on_hand_quantity', 'total_on_hand_quantity'],
    available: ['fulfillable_quantity', 'sellable_quantity'],
    committed: ['committed_quantity'],
    incoming: ['awaiting_quantity'],
    unavailable: ['exception_quantity'],
  },
  detect: {
    required: [['sku', 'product_sku'], ['location_id', 'location_name'], ['on_hand_quantity']],
    optional: [['inventory_id'], ['fulfillable_quantity'], ['committed_quantity'], ['awaiting_quantity'], ['internal_transfer_quantity'], ['name'], ['lot_number', 'lot_date']],
    formats: ['json'],
  },
};
