// The pattern presets read a document number out of free text with (a WMS reason, an ERP memo).

/**
 * A document number inside free text: `#` and what follows (`Order #NW10240 shipped`, `Shopify order #NW10261`), or
 * a short letter prefix with at least three digits (`PO1041`, `RMA3302`, `SO-1234`, `IF30235`, `CC-DAV-9118`). Plain quantities and
 * dates have no letter prefix, so they are not taken for one. One capture group: the document as written.
 */
export const DOCUMENT_IN_TEXT = String.raw`(#\s?[A-Za-z]{0,6}-?[0-9]+|\b[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})*-?[0-9]{3,}\b)`;
