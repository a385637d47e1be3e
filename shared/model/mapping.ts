// How a source file's columns map onto Driftscope's canonical records: the shape of presets and user mapping files.

export const SYSTEMS = ['erp', 'wms', 'storefront', 'middleware'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const RECORD_KINDS = ['events', 'snapshots', 'ledger'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const EVENT_TYPES = [
  'receipt',
  'order_release',
  'shipment_confirm',
  'adjustment',
  'return',
  'inventory_sync',
  'planning_signal',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['success', 'error', 'rejected', 'retried', 'duplicate', 'pending', 'unknown'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const TXN_TYPES = [
  'receipt',
  'order',
  'release',
  'pick',
  'pack',
  'ship',
  'fulfillment',
  'return',
  'adjustment',
  'cycle_count',
  'damage',
  'transfer',
  'other',
] as const;
export type TxnType = (typeof TXN_TYPES)[number];

export const TRIGGERS = ['scheduled', 'listener', 'manual', 'unknown'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Canonical fields each kind of record can fill; `*_raw` copies of normalised values are kept automatically. */
export const CANONICAL_FIELDS = {
  events: [
    'event_id',
    'ts',
    'path',
    'source_system',
    'target_system',
    'flow',
    'event_type',
    'sku',
    'location',
    'qty',
    'status',
    'error_code',
    'error_message',
    'correlation_id',
    'idempotency_key',
    'record_ref',
    'trigger',
    'payload',
  ],
  snapshots: [
    'sku',
    'location',
    'on_hand',
    'available',
    'committed',
    'incoming',
    'unavailable',
    'allocated',
    'reserve',
    'last_modified',
    'captured_at',
  ],
  ledger: ['txn_id', 'ts', 'txn_type', 'sku', 'location', 'qty_delta', 'reference', 'status', 'alt_reference'],
} as const satisfies Record<RecordKind, readonly string[]>;

export type CanonicalField<K extends RecordKind = RecordKind> = (typeof CANONICAL_FIELDS)[K][number];

/**
 * One way to read a canonical field:
 * - a list of column names (the first one present wins; names match ignoring case, spaces and punctuation);
 * - a column plus a JSON path inside its text (`json: '$.line_items[0].sku'`), for values nested in a payload;
 *   in a JSON-lines file the "column" is a top-level key, and the path reads inside it;
 * - a column plus a regular expression (RE2 syntax) whose one capture group is the value, for a value inside free
 *   text (`pattern` on "Order #NW10240 shipped" reading the order number); no match leaves the field empty;
 * - a date column and a time-of-day column read together as one time (`{ date: ['start_tran_date'], time:
 *   ['start_tran_time'] }`), for exports that split them; a time field read from a column whose name says `date`
 *   pairs with the column named alike with `time` by itself (`Posting Date` with `Posting Time`);
 * - a number and the column beside it that gives its sign (`{ column: ['INVN_ADJMT_QTY'], sign: ['INVN_ADJMT_TYPE'] }`,
 *   a Manhattan PIX record's `+`/`-`): a sign cell of `-` or `minus`, or one of `negative` when given (SAP's `H`, a
 *   ledger's `CR`), makes the number negative;
 * - a number that counts only on rows whose other column holds one of some values (`{ column: ['delta'], when:
 *   ['name'], is: ['on_hand'] }`, a Shopify inventory ledger writing one row per quantity state): other rows hold 0;
 * - a constant.
 */
export type FieldSource =
  | string[]
  | { column: string[]; json: string }
  | { column: string[]; pattern: string }
  | { date: string[]; time: string[] }
  | { column: string[]; sign: string[]; negative?: string[] }
  | { column: string[]; when: string[]; is: string[] }
  | { constant: string };

/**
 * Where one canonical field comes from: one source, or `{ first: [...] }`, several in order, each record taking the
 * first that gives it a value (a source whose columns the file lacks is skipped). So a field reads its own column
 * where a file has one and, say, the document number inside a reason text where it has none or leaves it empty.
 */
export type FieldRule = FieldSource | { first: FieldSource[] };

/** Every column name a rule may read, across its alternatives. */
export function ruleColumns(rule: FieldRule | undefined): string[] {
  if (rule === undefined) return [];
  if (Array.isArray(rule)) return rule;
  if ('first' in rule) return rule.first.flatMap(ruleColumns);
  if ('date' in rule) return [...rule.date, ...rule.time];
  if ('sign' in rule) return [...rule.column, ...rule.sign];
  if ('when' in rule) return [...rule.column, ...rule.when];
  return 'column' in rule ? rule.column : [];
}

/** Raw value (matched case-insensitively, trimmed) to normalised value. */
export type ValueMap = Record<string, string>;

export interface Mapping {
  /** Short stable id, e.g. `shopify-inventory-csv`. */
  id: string;
  name: string;
  system: SystemName;
  kind: RecordKind;
  fields: Partial<Record<CanonicalField, FieldRule>>;
  /** Extra value maps on top of Driftscope's built-in vocabulary. */
  values?: {
    event_type?: ValueMap;
    status?: ValueMap;
    txn_type?: ValueMap;
    trigger?: ValueMap;
    path?: ValueMap;
  };
  /** Cell values that mean "no figure" (e.g. Shopify's `Not stocked`), read as NULL rather than rejected. */
  nullValues?: string[];
  /** Ledger quantities that arrive unsigned: these normalised transaction types are stored negative. */
  negativeTxnTypes?: TxnType[];
  /**
   * Ledger rows of these normalised transaction types move stock inside one location (a WMS pick to a staging
   * lane): their change is stored as 0, so they do not count against the location's on hand.
   */
  withinLocationTxnTypes?: TxnType[];
  /** Time zone for times written without an offset: IANA (`America/Chicago`) or Windows (`Central Standard Time`). */
  timeZone?: string;
  /** A wide layout with one column per location, read as one record per row and location. */
  unpivot?: UnpivotRule;
  /**
   * Day and month order of slash dates (`03/04/2026`) when a column's values leave it open; each column's own
   * values decide first (a first part above 12 means day first). Default `month-first`, as US exports write them.
   */
  dateOrder?: DateOrder;
  /**
   * Decimal mark of the number columns when their values leave it open; each column's own values decide first
   * ("3,5" or "0,000" can only be a decimal comma). Default `point`.
   */
  decimalMark?: DecimalMark;
  /** The records are the elements of lists nested in each file record, or lines linked to a parent line. */
  records?: RecordsRule;
}

/**
 * Records nested in lists inside each record of a JSON file (a GraphQL response's `edges[*].node`, a log message's
 * order lines): each element becomes one record. Its fields are read from the element's own keys and, for a key it
 * lacks, from its enclosing objects, innermost first (the outer element, the JSON in `column`, the file record).
 */
export interface NestedRecords {
  /** A key of the record holding the JSON the lists are in (an object, or JSON text such as a log message). */
  column?: string[];
  /**
   * A JSON path with one `[*]` (`$.lines[*]`, `$.data.items.edges[*].node`): each element of that list, or what
   * the rest of the path reads in it, is a record. Two paths: the second is read in each element of the first.
   */
  path: string | [string, string];
  /** With two paths: the name under which each record can also read the element of the first (`item.sku`). */
  parent?: string;
}

/**
 * Records written one per JSON line, each naming the line it belongs to (Shopify's bulk operation output: an
 * inventory level's line names its item's line in `__parentId`). The lines no other line names are the records,
 * read with the keys of the line they name as their enclosing object; a line other lines name is read into them.
 */
export interface LinkedRecords {
  /** The key holding the id of the line a record belongs to, e.g. `__parentId`. */
  parentKey: string;
  /** The key holding a line's own id; `id` when absent. */
  idKey?: string;
  /** The name under which each record can also read the line it belongs to (`item.sku`). */
  parent?: string;
}

/**
 * One way to the nested records, or several tried in order for each record (the first whose list it holds), or
 * records linked to their parent lines.
 */
export type RecordsRule = NestedRecords | { first: NestedRecords[] } | LinkedRecords;

export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const DECIMAL_MARKS = ['point', 'comma'] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/**
 * One column per location instead of a location column. Every column that no field rule reads and `ignore` does
 * not list is a location: its header fills the `name` field and each of its cells the `value` field, so a row
 * becomes one record per location.
 */
export interface UnpivotRule {
  /** The canonical field a location column's header fills, e.g. `location`. */
  name: CanonicalField;
  /** The canonical field each of its cells fills, e.g. `available`. */
  value: CanonicalField;
  /** Columns that are neither read by a field rule nor locations: product details such as Title or Barcode. */
  ignore: string[];
}

/** A built-in mapping Driftscope recognises by itself, with the evidence it looks for. */
export interface Preset extends Mapping {
  description: string;
  detect: {
    /** Every group must be present (any one name of a group). */
    required: string[][];
    /** Each group present raises the score; used to choose between presets that all match. */
    optional?: string[][];
    /** The preset does not apply to a file holding any of these groups (e.g. the long layout's Location column). */
    absent?: string[][];
    /** File shapes the preset applies to. */
    formats: ('delimited' | 'json' | 'log')[];
  };
}

/**
 * A mapping file as written (docs/mappings.md): a whole Mapping, or, with `extends`, the changes to a preset
 * (`null` removes one of its field rules). The import wizard edits and saves this shape.
 */
export interface MappingDocument {
  extends?: string;
  id: string;
  name: string;
  description?: string;
  system?: SystemName;
  kind?: RecordKind;
  fields?: Partial<Record<CanonicalField, FieldRule | null>>;
  values?: Mapping['values'];
  nullValues?: string[];
  negativeTxnTypes?: TxnType[];
  withinLocationTxnTypes?: TxnType[];
  timeZone?: string;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  unpivot?: UnpivotRule;
  records?: RecordsRule;
}

/** What the import wizard lists of a built-in preset, to choose one by hand. */
export interface PresetSummary {
  id: string;
  name: string;
  system: SystemName;
  kind: RecordKind;
  description: string;
}
