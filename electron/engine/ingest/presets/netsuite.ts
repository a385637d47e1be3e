// Presets for NetSuite saved-search exports: inventory by location, and transaction lines.
import { DOCUMENT_IN_TEXT, NUMBERED_DOCUMENT_IN_TEXT } from './document-in-text';
import type { PresetOf } from './preset-of';

/**
 * Saved-search headers are user-editable labels, so these lists are the default labels plus the usual renames; a
 * column relabelled `Item SKU` names the item before any `Item Name`, which may be its description.
 * The location-level figure comes first: on a per-location row, the item-level `On Hand` is the total of all
 * locations. NetSuite writes local times with no offset; give the zone with a --tz rule for erp or a mapping.
 * Dates are read month first (the US date format NetSuite exports by default) when no value settles the order; an
 * account set to DD/MM/YYYY needs a mapping that extends the preset with `"dateOrder": "day-first"`. A user whose
 * NetSuite speaks Dutch or German exports the same searches under translated labels (`Artikel`, `Locatie`,
 * `Voorhanden`, `Datum aangemaakt`, `Aantal`), which each list ends with.
 */
const ON_HAND = ['Location On Hand', 'On Hand', 'Quantity On Hand', 'Qty On Hand', ...['Voorhanden', 'Op voorraad', 'Lagerbestand', 'Vorrätig']];
const AVAILABLE = ['Location Available', 'Available', 'Quantity Available', 'Qty Available', ...['Beschikbaar', 'Verfügbar']];
const COMMITTED = ['Location Committed', 'Committed', 'Quantity Committed', ...['Toegezegd', 'Vastgelegd', 'Zugesagt']];
const ON_ORDER = ['Location On Order', 'On Order', 'Quantity On Order', ...['In bestelling', 'Bestellt']];
const LAST_MODIFIED = ['Last Modified', 'Date Last Modified', 'Last Modified Date', ...['Laatst gewijzigd', 'Zuletzt geändert']];
/**
 * SuiteQL writes the item's internal id as `item` beside its name, `itemid` (Item Name/Number): the name first. Its
 * REST responses (`{"items": [...]}`) nest a reference as `{id, refName}`: `item.refName` and `createdfrom.refName`
 * come first, since `item.id` reads as `itemid` and the `createdfrom` object as `Created From` once punctuation is
 * set aside.
 */
const ITEM = ['item.refName', 'itemid', 'item_itemid', 'Item', 'Item SKU', 'Name', 'Item Name/Number', 'Item Name', 'Item Number', ...['Artikel', 'Artikelnummer']];
/** A name before an id: a SuiteQL pull writes the location's internal id as `location` beside its `location_name`. */
const LOCATION = ['Location Name', 'location.refName', 'Location', 'Inventory Location', ...['Locatie', 'Lagerort', 'Standort']];

export const netsuiteInventoryCsv: PresetOf<'snapshots'> = {
  id: 'netsuite-inventory-csv',
  name: 'NetSuite inventory saved search (CSV)',
  description:
    'A NetSuite item saved search with one row per item and location (Location On Hand / Available / Committed), ' +
    'as exported to CSV: BOM, CRLF, US dates in the account time zone.',
  system: 'erp',
  kind: 'snapshots',
  dateOrder: 'month-first',
  fields: {
    sku: ITEM,
    location: LOCATION,
    on_hand: ON_HAND,
    available: AVAILABLE,
    committed: COMMITTED,
    incoming: ON_ORDER,
    last_modified: LAST_MODIFIED,
  },
  detect: {
    required: [ITEM, LOCATION, [...ON_HAND, ...AVAILABLE]],
    optional: [
      ['Internal ID'],
      ['Description', 'Display Name', 'Sales Description', 'Omschrijving', 'Beschreibung'],
      ON_HAND,
      AVAILABLE,
      COMMITTED,
      ON_ORDER,
      ['Location Back Ordered', 'Back Ordered'],
      ['Location In Transit', 'In Transit'],
      LAST_MODIFIED,
      ['Type'],
    ],
    formats: ['delimited'],
  },
};

/** SuiteQL's own field names (createddate, trandate, tranid, item.itemid) follow the saved-search labels. */
const TXN_DATE = [
  'Date Created',
  'Created',
  'createddate',
  ...['Datum aangemaakt', 'Aanmaakdatum', 'Erstellungsdatum', 'Erstellt am'],
  'Date',
  'trandate',
  'Transaction Date',
  'Tran Date',
  'Datum',
];
const TXN_TYPE = ['Type Code', 'Transaction Type Code', 'type.id', 'type.refName', 'Type', 'Transaction Type', 'Trans Type', 'Tran Type', ...['Transactietype', 'Typ']];
const TXN_ITEM = ['item.refName', 'item_itemid', 'itemid', 'Item', 'Item SKU', 'Item Name/Number', 'Item Name', 'Item Number', ...['Artikel', 'Artikelnummer']];
/** `Adjust Qty. By` is the quantity column of an inventory-adjustment saved search (signed, like Quantity). */
const TXN_QTY = ['Quantity', 'Qty', 'Item Quantity', 'Adjust Qty. By', ...['Aantal', 'Hoeveelheid', 'Menge']];
const TXN_NUMBER = [
  'Document Number',
  'Tran ID',
  'Transaction Number',
  'Number',
  'Doc Number',
  'Doc #',
  'Document #',
  'Ref No',
  'Ref No.',
  ...['Documentnummer', 'Dokumentnummer', 'Belegnummer'],
  'Internal ID',
];
const CREATED_FROM = ['createdfrom.refName', 'Created From', 'createdfrom_tranid', 'createdfrom', ...['Gemaakt van', 'Erstellt aus']];
/** `otherrefnum`, labelled `PO/Check Number` in saved searches and `Other Ref. #` on forms. */
const OTHER_REF = ['Other Ref. #', 'Other Ref Num', 'Other Reference', 'PO/Check Number', 'PO #', 'Customer PO'];
/** Custom body fields storefront connectors add for the storefront's order number. */
const STOREFRONT_ORDER = ['Shopify Order #', 'Shopify Order Number', 'Web Order #', 'Web Order Number', 'Storefront Order #'];
const MEMO = ['Memo', 'Line Memo', 'Memo (Main)'];

/**
 * Lines of NetSuite documents that move no stock: a Return Authorization or a Transfer Order only authorises or
 * plans the move, which the Item Receipt or Item Fulfillment created from it posts. As `other`, an ERP line moves
 * nothing in analysis; the raw type stays in txn_type_raw. (Other systems' `RMA` or `transfer` rows keep their
 * meaning: the vocabulary reads them as returns and transfers.)
 */
const NON_POSTING = {
  rtnauth: 'other',
  'return authorization': 'other',
  trnfrord: 'other',
  'transfer order': 'other',
} as const;

/**
 * `Date Created` comes before `Date` because the transaction date is user-editable and often has no time of day,
 * while drift windows are hours wide. The type code comes before the display name because display names can be
 * renamed per account. `Name` is the customer or vendor on a transaction, so it is never read as the item here.
 * Item Fulfillment lines are stored negative whatever sign the export uses.
 * The reference is the NetSuite document a line comes from (`Sales Order #SO50258`); other systems often name the
 * same shipment by the storefront's order (`#NW10261`), which NetSuite keeps elsewhere: Other Ref. #, a connector's
 * custom field, the memo (`Shopify order #NW10261`, or a 3PL connector's `ShipBob shipment 401577226`), the
 * External ID. The first of those a line fills is its alt_reference, so analysis links it by either name. The memo's document comes before the External ID, which
 * integrations often fill with their own record id rather than a document any other system writes.
 */
export const netsuiteTransactionsCsv: PresetOf<'ledger'> = {
  id: 'netsuite-transactions-csv',
  name: 'NetSuite transaction saved search (CSV)',
  description:
    'A NetSuite transaction saved search with one row per item line: receipts, fulfillments, adjustments, transfers, ' +
    'orders and returns, typed by display name or type code.',
  system: 'erp',
  kind: 'ledger',
  dateOrder: 'month-first',
  fields: {
    txn_id: TXN_NUMBER,
    ts: TXN_DATE,
    txn_type: TXN_TYPE,
    sku: TXN_ITEM,
    location: LOCATION,
    qty_delta: TXN_QTY,
    reference: [...CREATED_FROM, 'Reference', 'PO/Check Number'],
    status: ['status.refName', 'Status'],
    alt_reference: {
      first: [
        OTHER_REF,
        STOREFRONT_ORDER,
        { column: MEMO, pattern: DOCUMENT_IN_TEXT },
        { column: MEMO, pattern: NUMBERED_DOCUMENT_IN_TEXT },
        ['External ID'],
      ],
    },
  },
  negativeTxnTypes: ['fulfillment'],
  values: { txn_type: NON_POSTING },
  detect: {
    required: [TXN_DATE, TXN_TYPE, TXN_ITEM, TXN_QTY],
    optional: [
      TXN_NUMBER,
      LOCATION,
      CREATED_FROM,
      ['isinventoryaffecting', 'Inventory Affecting'],
      ['linesequencenumber', 'Line Sequence Number', 'Line ID'],
      ['Status'],
      ['Memo'],
      ['Name'],
      ['Period', 'Posting Period'],
      ['Amount'],
      ['Internal ID'],
    ],
    formats: ['delimited', 'json'],
  },
};
