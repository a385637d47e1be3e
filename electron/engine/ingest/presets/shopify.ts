// Presets for Shopify's storefront exports: the inventory CSV and inventory_levels webhook records.
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

/**
 * Webhook records carry no SKU, only `inventory_item_id`, which then stands in as the SKU: joining it to the
 * other systems' SKUs needs Shopify's variant list. The ids exceed 2^53 and must stay text end to end.
 */
export const shopifyInventoryLevels: PresetOf<'snapshots'> = {
  id: 'shopify-inventory-levels-json',
  name: 'Shopify inventory_levels webhook records',
  description:
    'Shopify inventory_levels/update webhook bodies (or the REST inventory_levels list), one JSON record per item ' +
    'and location: the available quantity as of updated_at.',
  system: 'storefront',
  kind: 'snapshots',
  fields: {
    sku: ['sku', 'inventory_item_id'],
    location: ['location_id'],
    available: ['available'],
    last_modified: ['updated_at'],
    captured_at: ['updated_at'],
  },
  detect: {
    required: [['inventory_item_id'], ['location_id'], ['available']],
    optional: [['updated_at'], ['admin_graphql_api_id'], ['sku']],
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
