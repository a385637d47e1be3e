// Presets for Shopify's storefront exports: the inventory CSV, inventory_levels webhook records, GraphQL inventory levels.
import type { PresetOf } from './preset-of';

const ON_HAND = ['On hand (current)', 'On hand'];
const AVAILABLE = ['Available (not editable)', 'Available'];
const COMMITTED = ['Committed (not editable)', 'Committed'];
const INCOMING = ['Incoming (not editable)', 'Incoming'];
const UNAVAILABLE = ['Unavailable (not editable)', 'Unavailable'];

/** The product columns of Shopify's inventory exports, which say which variant a row is about. */
const PRODUCT_COLUMNS = [
  ['Handle'],
  ['Title'],
  ['Option1 Name'],
  ['Option1 Value'],
  ['Option2 Name'],
  ['Option2 Value'],
  ['Option3 Name'],
  ['Option3 Value'],
  ['Barcode'],
  ['HS Code'],
  ['COO'],
  ['Bin name'],
];

/**
 * Names match ignoring spaces and punctuation, so `Option1 Name` also covers `Option 1 Name`. `On hand (new)` is
 * the column Shopify's import reads, usually blank or a copy, so it is evidence only, never a figure. The wide
 * layout with one quantity column per location is shopifyInventoryWideCsv below.
 */
export const shopifyInventoryCsv: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-csv',
  name: 'Shopify inventory CSV export',
  description:
    'Shopify admin inventory export ("All quantity types" or "Only Available"), one row per variant and location. ' +
    'It carries no capture time: the file time stands in for it.',
  system: 'storefront',
  kind: 'snapshots',
  fields: {
    sku: ['SKU', 'Variant SKU'],
    location: ['Location', 'Location name'],
    on_hand: ON_HAND,
    available: AVAILABLE,
    committed: COMMITTED,
    incoming: INCOMING,
    unavailable: UNAVAILABLE,
  },
  nullValues: ['Not stocked', 'not stocked'],
  detect: {
    required: [['Handle'], ['SKU', 'Variant SKU'], ['Location', 'Location name'], [...ON_HAND, ...AVAILABLE]],
    optional: [
      ...PRODUCT_COLUMNS.filter(([name]) => name !== 'Handle'),
      INCOMING,
      UNAVAILABLE,
      COMMITTED,
      AVAILABLE,
      ON_HAND,
      ['On hand (new)'],
    ],
    formats: ['delimited'],
  },
};

/** A webhook body's key, at the top or under the key a sink stored the body in (`body`, `payload`). */
const sinkKeys = (key: string) => [key, `body.${key}`, `payload.${key}`];

/**
 * Webhook records carry no SKU, only `inventory_item_id`, which then stands in as the SKU: joining it to the
 * other systems' SKUs needs Shopify's variant list. The ids exceed 2^53 and must stay text end to end.
 */
export const shopifyInventoryLevels: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-levels-json',
  name: 'Shopify inventory_levels webhook records',
  description:
    'Shopify inventory_levels/update webhook bodies (or the REST inventory_levels list), one JSON record per item ' +
    'and location: the available quantity as of updated_at. A webhook sink that stores each body under `body` or ' +
    '`payload` beside its headers, topic and arrival time is read the same way.',
  system: 'storefront',
  kind: 'snapshots',
  fields: {
    sku: ['sku', ...sinkKeys('inventory_item_id')],
    location: sinkKeys('location_id'),
    available: sinkKeys('available'),
    last_modified: sinkKeys('updated_at'),
    captured_at: [...sinkKeys('updated_at'), 'received_at'],
  },
  detect: {
    required: [sinkKeys('inventory_item_id'), sinkKeys('location_id'), sinkKeys('available')],
    optional: [sinkKeys('updated_at'), sinkKeys('admin_graphql_api_id'), ['sku'], ['received_at'], ['headers'], ['topic'], ['webhook_id']],
    formats: ['json', 'delimited'],
  },
};


/**
 * The older (and still seen) wide layout: one row per variant and one column per location, each holding the
 * Available quantity there, or `not stocked`. Every column that is neither the SKU nor a product column is read as
 * a location, so a product export (prices, vendor, inventory quantity) or a file with a Location column is never
 * taken for one.
 */
export const shopifyInventoryWideCsv: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-wide-csv',
  name: 'Shopify inventory CSV export, one column per location',
  description:
    'Shopify inventory export laid out wide: one row per variant, one column per location holding its Available ' +
    'quantity ("not stocked" where it is not stocked there), read as one snapshot per variant and location. It ' +
    'carries no capture time: the file time stands in for it.',
  system: 'storefront',
  kind: 'snapshots',
  fields: {
    sku: ['SKU', 'Variant SKU'],
  },
  unpivot: { name: 'location', value: 'available', ignore: PRODUCT_COLUMNS.flat() },
  nullValues: ['Not stocked', 'not stocked'],
  detect: {
    required: [['Handle'], ['SKU', 'Variant SKU']],
    optional: PRODUCT_COLUMNS.slice(1),
    absent: [
      ['Location', 'Location name'],
      [...ON_HAND, ...AVAILABLE, ...COMMITTED, ...INCOMING, ...UNAVAILABLE],
      ['Variant Inventory Qty', 'Variant Price', 'Body (HTML)', 'Vendor', 'Published'],
    ],
    formats: ['delimited'],
  },
};

/**
 * Where Shopify's Admin GraphQL API lists inventory levels: under inventory items (SKU on the item), locations
 * (the level names its item's SKU) or product variants (SKU on the variant), each connection paged as
 * `edges[*].node` or `nodes[*]`. The outer element is also readable under its parent name (`location.name`).
 */
const GRAPHQL_ROOTS = [
  { root: '$.data.inventoryItems', parent: 'item', levels: '$.inventoryLevels' },
  { root: '$.data.locations', parent: 'location', levels: '$.inventoryLevels' },
  { root: '$.data.productVariants', parent: 'variant', levels: '$.inventoryItem.inventoryLevels' },
];
const CONNECTIONS = ['.edges[*].node', '.nodes[*]'];
/** A level's quantity of one name in its `quantities: [{name, quantity}]` list (API 2023-10 and later). */
const quantity = (name: string) => ({ column: ['quantities'], json: `$[?(@.name=="${name}")].quantity` });

/** How an inventory level's figures are read, wherever its SKU and location sit. */
const LEVEL_FIELDS: PresetOf<'snapshots'>['fields'] = {
  sku: ['sku', 'item.sku', 'variant.sku', 'inventoryItem.sku'],
  location: { first: [['location.name'], ['location.id']] },
  on_hand: quantity('on_hand'),
  available: { first: [quantity('available'), ['available']] },
  committed: quantity('committed'),
  incoming: quantity('incoming'),
  unavailable: quantity('unavailable'),
  reserve: quantity('reserved'),
  last_modified: ['updatedAt'],
};
const LEVEL_REQUIRED = [['sku', 'item.sku', 'variant.sku', 'inventoryItem.sku'], ['location.name', 'location.id'], ['quantities', 'available']];
const LEVEL_OPTIONAL = [['updatedAt'], ['id'], ['item', 'variant', 'inventoryItem'], ['location'], ['tracked']];

/**
 * One snapshot per inventory level. Current API versions list a level's figures as named quantities; older ones
 * (before 2023-10) had an `available` field, read when the list is absent. A response carries no capture time: the
 * file name's time (or the file time) stands in, as for the CSV export; `updatedAt` is the level's last change.
 */
export const shopifyInventoryLevelsGraphql: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-levels-graphql',
  name: 'Shopify Admin GraphQL inventory levels',
  description:
    'A saved Shopify Admin GraphQL response listing inventory levels (inventoryItems, locations or productVariants, ' +
    'as edges or nodes): one snapshot per item and location, its SKU from the item or variant, its figures from ' +
    'the level\'s quantities (available, on_hand, committed, incoming, unavailable, reserved).',
  system: 'storefront',
  kind: 'snapshots',
  records: {
    first: GRAPHQL_ROOTS.flatMap(({ root, parent, levels }) =>
      CONNECTIONS.flatMap((outer) =>
        CONNECTIONS.map((inner) => ({ path: [`${root}${outer}`, `${levels}${inner}`] as [string, string], parent })),
      ),
    ),
  },
  fields: LEVEL_FIELDS,
  detect: {
    required: LEVEL_REQUIRED,
    optional: [...LEVEL_OPTIONAL, ['inventoryLevels'], ['data'], ['extensions']],
    formats: ['json'],
  },
};

/**
 * A bulk operation's output (JSON lines) lists the same query flat: an item's line, then its levels' lines, each
 * naming the item in `__parentId`. Each level line is one snapshot, read with its item's keys (`sku`).
 */
export const shopifyInventoryLevelsBulk: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-levels-bulk',
  name: 'Shopify bulk operation inventory levels',
  description:
    'The JSON-lines output of a Shopify bulk operation over inventory items (or variants, or locations) and their ' +
    'inventory levels: one snapshot per level line, its SKU from the line its __parentId names.',
  system: 'storefront',
  kind: 'snapshots',
  records: { parentKey: '__parentId', parent: 'item' },
  fields: LEVEL_FIELDS,
  detect: {
    required: [...LEVEL_REQUIRED, ['__parentId']],
    optional: LEVEL_OPTIONAL,
    formats: ['json'],
  },
};

const LEDGER_URI = ['ledgerDocumentUri', 'ledger_document_uri'];
const CHANGED_AT = ['createdAt', 'created_at', 'occurredAt', 'occurred_at', 'created_at_ms'];
const ITEM_IDS = ['item.id', 'inventoryItem.id', 'inventory_item_id'];
const CHANGED_ITEM = ['sku', 'item.sku', 'inventoryItem.sku', ...ITEM_IDS];
/** An id written as a GID (`gid://shopify/InventoryItem/4805…`) or a number, read as the number webhooks write. */
const GID_NUMBER = '([0-9]+)$';

/**
 * Shopify's inventory ledger (`InventoryChange`, as a connector or a data team flattens it, one change per line
 * with its time): each change moves one quantity state (`name`: available, committed, on_hand, damaged, …) of one
 * item at one location (kept as the row's status), so an order writes committed +1 and available −1 and leaves on hand as it was. Only
 * `on_hand` rows count as a change of the level; the other states are kept as rows of 0, evidence of what the
 * document did. The document (`ledgerDocumentUri`) names the change's type (an Order reserves, a Fulfillment
 * ships) and is the reference, read as its id (`gid://shopify/Order/6021443001567` → 6021443001567, an app's
 * `…/push/psh_1cf3` → psh_1cf3). A change an app or middleware made (any non-Shopify document) is an adjustment.
 */
export const shopifyInventoryChanges: PresetOf<'ledger'> = {
  id: 'shopify-inventory-changes',
  name: 'Shopify inventory ledger (InventoryChange)',
  description:
    'Shopify InventoryChange records, one quantity state changed per line (name, delta, quantityAfterChange, ' +
    'ledgerDocumentUri, item, location, createdAt): the storefront\'s ledger. On-hand changes count; available, ' +
    'committed and other states are kept as rows of 0.',
  system: 'storefront',
  kind: 'ledger',
  fields: {
    txn_id: ['id'],
    ts: CHANGED_AT,
    txn_type: {
      first: [['reason'], { column: LEDGER_URI, pattern: '^gid://shopify/([A-Za-z]+)/' }, { constant: 'adjustment' }],
    },
    sku: { first: [['sku', 'item.sku', 'inventoryItem.sku'], { column: ITEM_IDS, pattern: GID_NUMBER }] },
    location: { first: [['location.name'], { column: ['location.id', 'location_id'], pattern: GID_NUMBER }] },
    qty_delta: { column: ['delta'], when: ['name'], is: ['on_hand'] },
    reference: { column: LEDGER_URI, pattern: '([^/]+)$' },
    status: ['name'],
  },
  /** Shopify's own document types and the reasons its adjustment groups give. */
  values: {
    txn_type: {
      order: 'order',
      fulfillment: 'ship',
      fulfillmentorder: 'ship',
      refund: 'return',
      return: 'return',
      inventorytransfer: 'transfer',
      inventoryshipment: 'transfer',
      received: 'receipt',
      restock: 'return',
      damaged: 'damage',
      shrinkage: 'adjustment',
      correction: 'adjustment',
      cycle_count_available: 'cycle_count',
    },
  },
  detect: {
    required: [['delta'], ['name'], LEDGER_URI, CHANGED_AT, CHANGED_ITEM],
    optional: [
      ['quantityAfterChange', 'quantity_after_change'],
      ['location.name', 'location.id', 'location_id'],
      ['reason'],
      ['item'],
      ['location'],
    ],
    formats: ['json', 'delimited'],
  },
};
