// The pattern presets read a document number out of free text with (a WMS reason, an ERP memo).

/**
 * A document number inside free text: `#` and what follows (`Order #NW10240 shipped`, `Shopify order #NW10261`), or
 * a short letter prefix with at least three digits (`PO1041`, `RMA3302`, `SO-1234`, `IF30235`, `CC-DAV-9118`), and
 * further groups of digits (`SO-2027-11009`). Plain quantities and dates have no letter prefix, so they are not
 * taken for one. One capture group: the document as written.
 */
const DOCUMENT = String.raw`[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})*-?[0-9]{3,}(?:-[0-9]+)*`;
export const DOCUMENT_IN_TEXT = String.raw`(#\s?[A-Za-z]{0,6}-?[0-9]+|\b${DOCUMENT}\b)`;

/**
 * A second document a text names in parentheses after the first (`Order shipped: DH10009 (SO-2027-11009)`,
 * `Receipt IR-20890 (PO-6163)`): a WMS's reason naming the web order and the ERP's sales order or PO.
 */
export const DOCUMENT_IN_PARENTHESES = String.raw`\(\s*#?\s?(${DOCUMENT})\s*\)`;

/**
 * A document named by its kind and a bare number, as connectors write memos (`ShipBob shipment 401577226 / order
 * 331204001`, `Shopify order no. 5512034`): the number after the first such word. Five digits at least, so a
 * quantity (`order 12`) is none.
 */
export const NUMBERED_DOCUMENT_IN_TEXT = String.raw`(?i)\b(?:shipment|order|receipt|return|transfer|delivery|fulfil+ment|wro|asn)\s*(?:#|no\.?|number)?\s*([0-9]{5,})\b`;
