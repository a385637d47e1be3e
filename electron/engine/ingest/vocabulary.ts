// Driftscope's built-in vocabulary: the raw values exports use for types, statuses, triggers and paths, and what each means.
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  TRIGGERS,
  TXN_TYPES,
  type EventStatus,
  type EventType,
  type Mapping,
  type RecordKind,
  type Trigger,
  type TxnType,
  type ValueMap,
} from '../../../shared/model/mapping';

export type ValueField = keyof NonNullable<Mapping['values']>;

export const VALUE_FIELDS = ['event_type', 'status', 'txn_type', 'trigger', 'path'] as const satisfies readonly ValueField[];

/** The systems a path runs between; middleware carries paths, it is never an end of one. */
const PATH_ENDS = ['erp', 'wms', 'storefront'] as const;

/** Every normalised path: `erp->wms` and so on, the spelling domain.md uses. */
export const PATHS = PATH_ENDS.flatMap((from) => PATH_ENDS.filter((to) => to !== from).map((to) => `${from}->${to}`));

export const ALLOWED_VALUES: Record<ValueField, readonly string[]> = {
  event_type: EVENT_TYPES,
  status: EVENT_STATUSES,
  txn_type: TXN_TYPES,
  trigger: TRIGGERS,
  path: PATHS,
};

/** Which value maps mean anything for each kind of record (the pipeline normalises only these). */
export const VALUE_FIELDS_BY_KIND: Record<RecordKind, readonly ValueField[]> = {
  events: ['event_type', 'status', 'trigger', 'path'],
  snapshots: [],
  ledger: ['txn_type'],
};

/**
 * What an unknown raw value becomes. A path has no catch-all: an unrecognised path is kept as written (lower-cased)
 * so the coverage report shows the client's own route names rather than hiding them under one bucket.
 */
export const FALLBACK_VALUES: Record<ValueField, string | null> = {
  event_type: 'other',
  status: 'unknown',
  txn_type: 'other',
  trigger: 'unknown',
  path: null,
};

/** How a raw value is compared with value-map keys; the SQL side does the same with `lower(trim(x))`. */
export function valueKey(raw: string): string {
  return raw.trim().toLowerCase();
}

/**
 * Every spelling of a phrase the exports use: `po receipt`, `po_receipt`, `po-receipt`, `po.receipt` (as log event
 * names write it), `poreceipt` (which is also what `PoReceipt` and `PO_RECEIPT` become). Value maps match exactly, so the variants are listed rather than guessed.
 */
function spellings(phrase: string): string[] {
  const words = valueKey(phrase).split(/[\s_-]+/);
  return [...new Set([words.join(' '), words.join('_'), words.join('-'), words.join('.'), words.join('')])];
}

function buildMap<V extends string>(field: string, phrases: Record<V, readonly string[]>): ValueMap {
  const map: ValueMap = {};
  for (const [value, list] of Object.entries(phrases) as [V, readonly string[]][]) {
    for (const key of list.flatMap(spellings)) {
      const existing = map[key];
      if (existing !== undefined && existing !== value) {
        throw new Error(`${field} vocabulary: "${key}" means both ${existing} and ${value}`);
      }
      map[key] = value;
    }
  }
  return map;
}

const EVENT_TYPE_PHRASES: Record<EventType, readonly string[]> = {
  receipt: [
    'receipt', 'receipts', 'receiving', 'received', 'receive', 'item receipt', 'itemrcpt', 'po receipt',
    'purchase order receipt', 'goods receipt', 'receipt created', 'asn', 'advance ship notice', 'advanced ship notice',
    'inbound', 'inbound shipment', 'purchase order', 'po', 'expected receipt',
  ],
  order_release: [
    'order release', 'release', 'released', 'order released', 'order', 'orders', 'sales order', 'salesord',
    'order created', 'order create', 'new order', 'orders/create', 'fulfillment request', 'fulfillment order',
    'outbound order', 'pick ticket',
  ],
  shipment_confirm: [
    'shipment confirm', 'shipment confirmation', 'shipment confirmed', 'ship confirm', 'ship confirmation', 'shipment',
    'shipments', 'shipment created', 'shipped', 'ship', 'order shipped', 'fulfillment', 'fulfilment', 'fulfilled',
    'fulfillment created', 'item fulfillment', 'itemship', 'fulfillments/create', 'tracking', 'tracking update',
  ],
  adjustment: [
    'adjustment', 'adjustments', 'adjust', 'inventory adjustment', 'invadjst', 'stock adjustment', 'quantity adjustment',
    'manual adjustment', 'cycle count', 'cyclecount', 'cycle count adjustment', 'count', 'inventory count', 'invcount',
    'damage', 'damaged', 'write off', 'shrink', 'shrinkage',
  ],
  return: [
    'return', 'returns', 'returned', 'rma', 'return authorization', 'rtnauth', 'return receipt', 'return received',
    'customer return', 'refund', 'refunds/create',
  ],
  inventory_sync: [
    'inventory sync', 'inventory', 'inventory update', 'inventory updated', 'inventory level', 'inventory levels',
    'inventory levels update', 'inventory_levels/update', 'inventory_levels/connect', 'inventory feed', 'stock sync',
    'stock update', 'stock level', 'stock levels', 'stock push', 'availability', 'availability update', 'quantity update',
    'on hand update',
  ],
  planning_signal: [
    'planning', 'planning signal', 'plan', 'forecast', 'forecast update', 'demand forecast', 'demand plan',
    'supply plan', 'safety stock', 'safety stock update', 'reorder point', 'reorder point update', 'reorder',
    'reorder trigger', 'replenishment plan', 'planned order', 'mrp', 'preferred stock level',
  ],
  // A log's envelope events: the middleware received a message from its source, which says nothing of goods received.
  other: [
    'other', 'heartbeat', 'ping', 'test', 'document received', 'message received', 'record received', 'request received',
    'payload received',
  ],
};

/**
 * Boomi's COMPLETE_WARN counts as success: the execution finished and its documents went through; the warning is
 * a logged message, not a failed document (those make the run ERROR). The raw value stays in status_raw for the
 * noise report. ABORTED_RECOVERING is a run the runtime restarts, so it counts as retried. HTTP codes are there
 * because relay logs often carry only the receiver's response code.
 */
const STATUS_PHRASES: Record<EventStatus, readonly string[]> = {
  success: [
    'success', 'successful', 'succeeded', 'succeed', 'ok', 'complete', 'completed', 'complete warn', 'done', 'processed',
    'delivered', 'accepted', 'applied', 'sent', 'synced', 'passed', '200', '201', '202', '204',
  ],
  error: [
    'error', 'errors', 'errored', 'err', 'failed', 'failure', 'fail', 'aborted', 'abort', 'fatal', 'severe', 'exception',
    'timeout', 'timed out', 'crashed', '401', '403', '404', '408', '429', '500', '502', '503', '504',
  ],
  rejected: [
    'rejected', 'reject', 'discarded', 'discard', 'invalid', 'refused', 'declined', 'validation error',
    'validation failed', 'dead letter', 'dead lettered', 'dlq', '400', '422',
  ],
  retried: ['retry', 'retried', 'retrying', 'retries', 'retry scheduled', 'requeued', 'redelivered', 'aborted recovering'],
  duplicate: [
    'duplicate', 'duplicated', 'dup', 'dupe', 'skipped duplicate', 'duplicate skipped', 'duplicate ignored',
    'deduplicated', 'deduped', 'already processed', 'already exists', '409',
  ],
  pending: [
    'pending', 'queued', 'enqueued', 'in process', 'started', 'in progress', 'processing', 'running', 'waiting',
    'scheduled', 'accepted for processing',
  ],
  unknown: ['unknown'],
};

/**
 * NetSuite display names and type codes, ShipHero-style reasons, and generic words. Choices a consultant should
 * know: a Sales Order is `order` (it commits stock, it does not move it); Item Fulfillment and Cash Sale are
 * `fulfillment`; Inventory Worksheet sets quantities, so it is an `adjustment`; Return Authorization and credit
 * memos are `return`. Transactions whose stock effect depends on the account's setup or that are not stock moves
 * in the drift sense (Invoice, Purchase Order, work orders, assembly builds, vendor returns) are `other`, with the
 * raw type kept in txn_type_raw.
 */
const TXN_TYPE_PHRASES: Record<TxnType, readonly string[]> = {
  receipt: [
    'receipt', 'receipts', 'receiving', 'received', 'receive', 'item receipt', 'itemrcpt', 'item rcpt', 'po receipt',
    'purchase order receipt', 'po received', 'goods receipt', 'asn received',
  ],
  order: ['order', 'orders', 'sales order', 'salesord', 'order created', 'new order'],
  release: ['release', 'released', 'order release', 'order released', 'fulfillment request', 'fftreq'],
  pick: ['pick', 'picked', 'picking'],
  pack: ['pack', 'packed', 'packing'],
  ship: ['ship', 'shipped', 'shipment', 'shipping', 'order shipped'],
  fulfillment: [
    'fulfillment', 'fulfilment', 'fulfilled', 'item fulfillment', 'itemship', 'item ship', 'cash sale', 'cashsale',
    'store pickup fulfillment', 'stpickup',
  ],
  return: [
    'return', 'returns', 'returned', 'rma', 'return authorization', 'rtnauth', 'return receipt', 'customer return',
    'credit memo', 'custcred', 'cash refund', 'cashrfnd', 'restock', 'restocked',
  ],
  adjustment: [
    'adjustment', 'adjustments', 'adjust', 'adjusted', 'inventory adjustment', 'invadjst', 'manual adjustment',
    'stock adjustment', 'inventory worksheet', 'invwksht', 'inventory status change', 'invstchg', 'correction', 'found',
    'lost',
  ],
  cycle_count: [
    'cycle count', 'cycle counted', 'cycle count adjustment', 'count', 'counted', 'inventory count', 'invcount',
    'physical count', 'stock count', 'stocktake', 'stock take', 'recount',
  ],
  damage: ['damage', 'damaged', 'damaged goods', 'broken', 'write off', 'written off', 'scrap', 'scrapped', 'expired'],
  transfer: [
    'transfer', 'transferred', 'transfer order', 'trnfrord', 'inventory transfer', 'invtrnfr', 'bin transfer',
    'bintrnfr', 'inventory distribution', 'invdistr', 'bin putaway worksheet', 'binwksht', 'move', 'moved',
    'relocation', 'replenishment', 'replenish',
  ],
  other: [
    'other', 'purchase order', 'purchord', 'invoice', 'customer invoice', 'custinvc', 'work order', 'workord',
    'work order issue', 'woissue', 'work order completion', 'wocompl', 'work order close', 'woclose', 'assembly build',
    'build', 'assembly unbuild', 'unbuild', 'vendor return authorization', 'vendauth', 'vendor bill', 'vendbill',
  ],
};

/**
 * Boomi's executionType values and generic words. A scheduled retry fires on a clock, so it is `scheduled`;
 * sub_process inherits its parent's trigger, which the row does not say, so it is `unknown`.
 */
const TRIGGER_PHRASES: Record<Trigger, readonly string[]> = {
  scheduled: [
    'scheduled', 'schedule', 'exec sched', 'retry sched', 'cron', 'timer', 'timed', 'poll', 'polling', 'batch',
    'interval', 'periodic', 'clock',
  ],
  listener: [
    'listener', 'exec listener', 'webhook', 'event', 'event driven', 'realtime', 'real time', 'push', 'api', 'on change',
  ],
  manual: [
    'manual', 'exec manual', 'retry manual', 'test manual', 'user', 'ui', 'on demand', 'ad hoc', 'run now', 'test',
  ],
  unknown: ['unknown', 'sub process'],
};

/**
 * Words that name a value inside free text ("Order #NW10240 shipped", "Cycle count, by jdoe"), for a raw value the
 * map above does not hold exactly. A word matches whole words only, ignoring case and punctuation ("count" is not
 * in "account"). When a text holds words of several values, the value listed first wins: the specific kinds of
 * change come before the generic ones ("Cycle count adjustment" is a cycle count, "Return received" a return,
 * "Order shipped" a shipment). Words too vague to settle a value ("order", "inventory", "sync") are left out, so
 * such text keeps the field's fallback.
 */
const TXN_TYPE_WORDS: readonly (readonly [TxnType, readonly string[]])[] = [
  [
    'cycle_count',
    ['cycle count', 'cycle counted', 'cyclecount', 'count', 'counted', 'recount', 'recounted', 'stocktake', 'stock take',
      'physical inventory'],
  ],
  [
    'damage',
    ['damage', 'damaged', 'broken', 'scrap', 'scrapped', 'write off', 'written off', 'writeoff', 'expired', 'defective'],
  ],
  ['return', ['return', 'returns', 'returned', 'rma', 'restock', 'restocked', 'refund', 'refunded', 'credit memo']],
  ['transfer', ['transfer', 'transfers', 'transferred', 'relocate', 'relocated', 'relocation', 'replenishment']],
  ['receipt', ['receipt', 'receipts', 'receive', 'received', 'receiving', 'asn', 'putaway', 'put away']],
  ['fulfillment', ['fulfil', 'fulfill', 'fulfilled', 'fulfillment', 'fulfilment', 'fulfillments', 'fulfilments']],
  ['ship', ['ship', 'ships', 'shipped', 'shipping', 'shipment', 'shipments', 'dispatch', 'dispatched']],
  ['pack', ['pack', 'packed', 'packing']],
  ['pick', ['pick', 'picked', 'picking']],
  ['release', ['release', 'released']],
  ['adjustment', ['adjust', 'adjusted', 'adjustment', 'adjustments', 'correction', 'corrected']],
  ['order', ['sales order', 'new order', 'order created', 'order placed']],
];

const EVENT_TYPE_WORDS: readonly (readonly [EventType, readonly string[]])[] = [
  ['return', ['return', 'returns', 'returned', 'rma', 'refund', 'refunded', 'restock', 'restocked']],
  [
    'adjustment',
    ['adjust', 'adjusted', 'adjustment', 'adjustments', 'cycle count', 'cyclecount', 'count', 'counted', 'recount', 'stocktake',
      'damage', 'damaged'],
  ],
  ['receipt', ['receipt', 'receipts', 'receive', 'received', 'receiving', 'asn', 'inbound']],
  [
    'shipment_confirm',
    ['ship', 'shipped', 'shipping', 'shipment', 'shipments', 'fulfil', 'fulfill', 'fulfilled', 'fulfillment',
      'fulfilment', 'tracking', 'dispatched'],
  ],
  ['order_release', ['release', 'released', 'sales order', 'new order', 'order created', 'order placed']],
  ['planning_signal', ['forecast', 'reorder', 'reorder point', 'safety stock', 'planning', 'replenishment plan', 'mrp']],
  ['inventory_sync', ['inventory sync', 'stock sync', 'inventory update', 'inventory level', 'inventory levels', 'availability']],
];

/** Failure words before success words: "Completed with errors" failed; a retry is named before the error it follows. */
const STATUS_WORDS: readonly (readonly [EventStatus, readonly string[]])[] = [
  ['duplicate', ['duplicate', 'duplicated', 'deduplicated', 'already processed', 'already exists']],
  ['retried', ['retry', 'retried', 'retrying', 'requeued', 'redelivered']],
  ['rejected', ['rejected', 'reject', 'invalid', 'refused', 'declined', 'validation']],
  ['error', ['error', 'errors', 'errored', 'failed', 'failure', 'exception', 'timeout', 'timed out', 'fatal', 'aborted']],
  ['pending', ['pending', 'queued', 'in progress', 'processing', 'running', 'waiting']],
  ['success', ['success', 'successful', 'succeeded', 'complete', 'completed', 'ok', 'done', 'processed', 'delivered', 'sent']],
];

const TRIGGER_WORDS: readonly (readonly [Trigger, readonly string[]])[] = [
  ['manual', ['manual', 'manually', 'on demand', 'ad hoc', 'run now']],
  ['scheduled', ['scheduled', 'schedule', 'cron', 'timer', 'poll', 'polling', 'batch', 'interval']],
  ['listener', ['listener', 'webhook', 'event driven', 'realtime', 'real time']],
];

/**
 * Names a path end goes by. Vendor names are there because the pipeline builds a path from source and target
 * columns as `<source>-><target>` (e.g. `netsuite->shiphero`); anything vendor-specific beyond these belongs in
 * the mapping's own path map.
 */
const SYSTEM_NAMES: Record<(typeof PATH_ENDS)[number], readonly string[]> = {
  // Abbreviations as integration teams write them in flow names ("NS Planning Sync to WMS"); matched as whole words.
  erp: ['erp', 'netsuite', 'ns', 'sap', 'dynamics', 'd365', 'business central', 'acumatica', 'odoo'],
  wms: ['wms', 'warehouse', '3pl', 'shiphero', 'shipbob', 'manhattan', 'highjump', 'korber'],
  storefront: ['storefront', 'store', 'shop', 'shopify', 'ecommerce', 'e-commerce', 'web', 'webstore', 'bigcommerce'],
};

const PATH_SEPARATORS = ['->', ' -> ', '>', ' > ', '→', ' → ', ' to ', '_to_', '-to-', '2', '_', '/'];

function buildPathMap(): ValueMap {
  const map: ValueMap = {};
  for (const from of PATH_ENDS) {
    for (const to of PATH_ENDS) {
      if (from === to) continue;
      for (const fromName of SYSTEM_NAMES[from]) {
        for (const toName of SYSTEM_NAMES[to]) {
          for (const separator of PATH_SEPARATORS) {
            const key = valueKey(`${fromName}${separator}${toName}`);
            const existing = map[key];
            if (existing !== undefined && existing !== `${from}->${to}`) {
              throw new Error(`path vocabulary: "${key}" means both ${existing} and ${from}->${to}`);
            }
            map[key] = `${from}->${to}`;
          }
        }
      }
    }
  }
  return map;
}

/** `system|name` for every name a path end goes by: how analysis reads a path out of a flow name. */
export const SYSTEM_NAME_ENTRIES: readonly string[] = PATH_ENDS.flatMap((system) =>
  SYSTEM_NAMES[system].map((name) => `${system}|${name}`),
);

/** `event_type|phrase` for the event-type vocabulary but `other`: how analysis reads a type out of a flow name. */
export const EVENT_TYPE_PHRASE_ENTRIES: readonly string[] = (
  Object.entries(EVENT_TYPE_PHRASES) as [EventType, readonly string[]][]
).flatMap(([type, phrases]) => (type === 'other' ? [] : phrases.map((phrase) => `${type}|${phrase}`)));

export const BUILT_IN_VALUES: Record<ValueField, Readonly<ValueMap>> = {
  event_type: buildMap('event_type', EVENT_TYPE_PHRASES),
  status: buildMap('status', STATUS_PHRASES),
  txn_type: buildMap('txn_type', TXN_TYPE_PHRASES),
  trigger: buildMap('trigger', TRIGGER_PHRASES),
  path: buildPathMap(),
};

/**
 * `value|words` for each word list, first-listed value first: how SQL reads a value out of free text. It looks for
 * runs of up to three words and sets every token with a digit apart (value-present-words.sql), so no entry may be
 * longer or hold a digit.
 */
function wordEntries<V extends string>(field: string, lists: readonly (readonly [V, readonly string[]])[]): string[] {
  const seen = new Map<string, V>();
  for (const [value, words] of lists) {
    for (const word of words) {
      if (/[0-9]/.test(word) || word.split(/[^a-z]+/).filter(Boolean).length > 3) {
        throw new Error(`${field} words: "${word}" has a digit or more than three words`);
      }
      const existing = seen.get(word);
      if (existing !== undefined && existing !== value) throw new Error(`${field} words: "${word}" means both ${existing} and ${value}`);
      seen.set(word, value);
    }
  }
  return lists.flatMap(([value, words]) => words.map((word) => `${value}|${word}`));
}

/** A path is named by its systems, which the path map spells out in full; it has no words. */
export const VALUE_WORD_ENTRIES: Record<ValueField, readonly string[]> = {
  event_type: wordEntries('event_type', EVENT_TYPE_WORDS),
  status: wordEntries('status', STATUS_WORDS),
  txn_type: wordEntries('txn_type', TXN_TYPE_WORDS),
  trigger: wordEntries('trigger', TRIGGER_WORDS),
  path: [],
};

export interface FieldVocabulary {
  /** Raw value (trimmed, lower-case) to normalised value. */
  map: ValueMap;
  /** What a value neither `map` nor the field's words (VALUE_WORD_ENTRIES) settle becomes; null keeps it as written. */
  fallback: string | null;
}

/** The built-in map for a field with the mapping's own entries on top (the mapping wins on the same raw value). */
export function valueMapFor(field: ValueField, mapping?: Pick<Mapping, 'values'>): FieldVocabulary {
  const map: ValueMap = { ...BUILT_IN_VALUES[field] };
  for (const [raw, value] of Object.entries(mapping?.values?.[field] ?? {})) map[valueKey(raw)] = value;
  return { map, fallback: FALLBACK_VALUES[field] };
}
