// Presets for the handoff layer's logs: Celigo errors, Boomi executions, MuleSoft logs (JSON and text), plain-text logs and a generic event log.
import type { EventStatus, FieldSource } from '../../../../shared/model/mapping';
import type { PresetOf } from './preset-of';

/**
 * Celigo's error records name the record only by traceKey; the SKU, when there is one, sits in the exported record.
 * `$.sku` is the most common place for it; flows that nest it elsewhere (`$.lines[0].sku`, `$.item.sku`) need a
 * mapping that extends this preset (docs/mappings.md). Every row of an errors download is an error, hence the
 * constant status; the Resolved tab's download is still a list of errors, resolved later.
 */
const CELIGO_RECORD = ['exportData', 'payload', 'record', 'data'];

/**
 * A SKU named in an error or run message, after the word SKU (`line for SKU NW-HOOD-OAT-M rejected`, `"sku":
 * "A-1"`, `SKU: A-1`): where an export has no SKU column and no record, its messages are the only place that says
 * which item failed.
 */
const SKU_IN_MESSAGE = String.raw`(?i)\bsku\b["':=#\s]*([A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9])`;
/** The API's `occurredAt` (`Occurred at` in some downloads); other error downloads head the same time `Timestamp`. */
const CELIGO_TIME = ['occurredAt', 'Timestamp'];
/** The Resolved (Yes/No) column of an error download that spans the Open and Resolved tabs (celigoErrorsResolved). */
const RESOLVED = ['Resolved', 'isResolved', 'resolved_status'];

export const celigoErrors: PresetOf<'events'> = {
  id: 'celigo-errors',
  name: 'Celigo integrator.io errors',
  description:
    'Errors of a Celigo flow step (Errors API or the Open/Resolved download): when, code, message, traceKey. ' +
    'Celigo keeps retry data for the most recent 20,000 errors per step only, so older history may be missing.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['errorId'],
    ts: CELIGO_TIME,
    flow: ['flowName', 'flow', 'flowStepName', '_flowId', 'flowId'],
    status: { constant: 'error' },
    error_code: ['code', 'errorCode'],
    error_message: ['message', 'errorMessage'],
    correlation_id: ['traceKey'],
    record_ref: ['traceKey'],
    sku: { first: [{ column: CELIGO_RECORD, json: '$.sku' }, { column: ['message', 'errorMessage'], pattern: SKU_IN_MESSAGE }] },
    payload: CELIGO_RECORD,
  },
  detect: {
    required: [CELIGO_TIME, ['errorId', 'traceKey'], ['code', 'message', 'errorCode', 'errorMessage']],
    optional: [
      ['source'],
      ['traceKey'],
      ['errorId'],
      ['_flowJobId'],
      ['classification'],
      ['classifiedBy'],
      ['exportDataURI'],
      ['oIndex'],
      ['retryDataKey'],
      ['reqAndResKey'],
      ['flowName', 'flow', '_flowId', 'flowId'],
      ['flowStepName', 'stepName', '_exportId', '_importId', '_expOrImpId'],
      ['resolvedAt', 'resolvedBy'],
      CELIGO_RECORD,
    ],
    absent: [RESOLVED],
    formats: ['json', 'delimited'],
  },
};

/**
 * Celigo's error download from the Open and Resolved tabs together adds a Resolved column. A resolved error is one
 * Celigo closed, automatically when a later retry of the same record went through (its auto-resolve; the
 * intermittent and rate-limit errors a retry cures), or by hand. Either way the failure was not left open, so a
 * resolved row is `retried`, kept among the failed attempts in the noise report but not an open failure; an
 * unresolved one stays `error`. Resolved by hand without a successful retry looks the same in the download:
 * status_raw keeps Yes/No, and the error stays in the noise report.
 */
export const celigoErrorsResolved: PresetOf<'events'> = {
  ...celigoErrors,
  id: 'celigo-errors-resolved',
  name: 'Celigo integrator.io errors, with Resolved column',
  description:
    'Celigo error download that lists open and resolved errors with a Resolved (Yes/No) column: resolved errors ' +
    '(auto-resolved after a successful retry, or closed by a user) are read as retried, open ones as errors.',
  fields: { ...celigoErrors.fields, status: RESOLVED },
  values: {
    status: { yes: 'retried', true: 'retried', resolved: 'retried', y: 'retried', no: 'error', false: 'error', open: 'error', n: 'error' },
  },
  detect: { ...celigoErrors.detect, required: [...celigoErrors.detect.required, RESOLVED], absent: [] },
};

/**
 * `originalExecutionId` ties a retry to the run it retries, which is what "a later success with the same
 * correlation id" needs. Per-document failures show only in inboundErrorDocumentCount, which stays in the raw
 * table: a run can be COMPLETE with failed documents inside it.
 */
const BOOMI_DOCUMENT_TIME = ['Date Processed (UTC)', 'Date Processed', 'Processed Date', 'dateProcessed', 'Document Date', 'Date'];
/** A document export without its own id numbers the documents of each execution (`Document Index`). */
const BOOMI_DOCUMENT_ID = ['Document ID', 'documentId', 'Document Index', 'documentIndex'];

export const boomiExecutions: PresetOf<'events'> = {
  id: 'boomi-executions',
  name: 'Boomi execution records',
  description:
    'Boomi Process Reporting executions (ExecutionRecord), one row per process run: status, trigger type, ' +
    'document counts. Boomi keeps 30 days and reports only the first 10,000 documents of a run.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['executionId'],
    ts: ['executionTime'],
    flow: ['processName', 'processId'],
    status: ['status'],
    trigger: ['executionType'],
    error_message: ['message'],
    correlation_id: ['originalExecutionId'],
    sku: { column: ['message'], pattern: SKU_IN_MESSAGE },
  },
  detect: {
    required: [['executionId'], ['executionTime'], ['status'], ['processName', 'processId']],
    optional: [
      ['executionType'],
      ['originalExecutionId'],
      ['parentExecutionId'],
      ['topLevelExecutionId'],
      ['account'],
      ['atomName'],
      ['atomId'],
      ['processId'],
      ['inboundDocumentCount'],
      ['inboundErrorDocumentCount'],
      ['outboundDocumentCount'],
      ['inboundDocumentSize'],
      ['outboundDocumentSize'],
      ['executionDuration'],
      ['message'],
      ['launcherID'],
      ['reportKey'],
      ['nodeId'],
      ['@type'],
    ],
    formats: ['json', 'delimited'],
  },
};

/** A Boomi tracked field as Process Reporting's document export heads it (`Tracked: SKU`), or plainly named. */
const tracked = (names: string[]): string[] => [...names.map((name) => `Tracked: ${name}`), ...names];

/**
 * Boomi Process Reporting's document list, exported: one row per document a run processed, with the run, its
 * status, and the tracked fields the process defines (user-named; the usual business ones are listed). Documents,
 * unlike executions, name the SKU, quantity and reference a handoff carried. The export states its time zone in the
 * time column's name (`Date Processed (UTC)`).
 */
export const boomiDocuments: PresetOf<'events'> = {
  id: 'boomi-documents',
  name: 'Boomi process reporting documents',
  description:
    'Boomi Process Reporting documents, one row per document a run processed: execution, process, status and the ' +
    'tracked fields (SKU, quantity, location, reference, correlation id, idempotency key).',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: BOOMI_DOCUMENT_ID,
    ts: BOOMI_DOCUMENT_TIME,
    trigger: ['Execution Type', 'executionType'],
    flow: ['Process Name', 'processName'],
    status: ['Document Status', 'documentStatus', 'Status'],
    sku: tracked(['SKU', 'Item', 'Item SKU']),
    qty: tracked(['Quantity', 'Qty']),
    location: tracked(['Location', 'Warehouse']),
    record_ref: tracked(['Reference', 'Document Number', 'Record ID', 'Order Number']),
    correlation_id: tracked(['Correlation ID', 'correlationId']),
    idempotency_key: tracked(['Idempotency Key', 'idempotencyKey']),
    error_message: ['Error Message', 'errorMessage', 'Message'],
  },
  // A document processed with a warning went through, as a COMPLETE_WARN run did.
  values: { status: { warning: 'success' } },
  detect: {
    required: [BOOMI_DOCUMENT_ID, ['Execution ID', 'executionId'], BOOMI_DOCUMENT_TIME, ['Document Status', 'documentStatus']],
    optional: [
      ['Process Name', 'processName'],
      tracked(['SKU', 'Item']),
      tracked(['Quantity', 'Qty']),
      tracked(['Location', 'Warehouse']),
      tracked(['Reference', 'Document Number']),
      tracked(['Correlation ID']),
      tracked(['Idempotency Key']),
      ['Error Message', 'errorMessage'],
      ['Target Reference'],
      ['Connector Type', 'connectorType'],
      ['Operation', 'operationName'],
    ],
    formats: ['delimited', 'json'],
  },
};

/**
 * json-logger's tracePoint says where in the flow the line was written, which is what tells the outcome: every
 * line but EXCEPTION is priority INFO. START and the steps before END (BEFORE_/AFTER_ a transform or request)
 * are the same event in flight, written under the same correlationId as the END or EXCEPTION that closes it:
 * they are `pending`, so analysis neither counts the pair as two deliveries nor its quantity twice. FLOW lines
 * are free-form notes.
 */
const TRACE_POINTS: Record<string, EventStatus> = {
  start: 'pending',
  before_transform: 'pending',
  after_transform: 'pending',
  before_request: 'pending',
  after_request: 'pending',
  end: 'success',
  exception: 'error',
  flow: 'unknown',
};

/**
 * A value a log message holds in the JSON object it prints (`Sending PO receipt {"sku": "A-1", ...}`), by key: at
 * its top, or where the MuleSoft JSON Logger puts what a flow logged (`content.payload`, `content`) or a custom
 * logger its `payload` beside `log` and `location` (avio's mule-custom-logger), whose whole record a text log or a
 * CloudHub record often carries as its message. A key may be a path (`lines[0].sku`, the first line of an order).
 */
const inMessageJson = (column: string[], keys: string[]): FieldSource[] =>
  ['content.payload.', 'content.', 'payload.', ''].flatMap((parent) => keys.map((key) => ({ column, json: `$.${parent}${key}` })));
const LOG_SKU = ['sku', 'SKU', 'itemSku', 'item_sku', 'item.sku', 'lines[0].sku', 'items[0].sku'];
const LOG_QTY = ['qty', 'quantity', 'delta', 'available', 'lines[0].qty', 'lines[0].quantity', 'items[0].quantity'];
const LOG_LOCATION = ['location', 'warehouse', 'fulfillmentCenter.name', 'fulfillment_center.name', 'locationId', 'location_id', 'warehouseId'];
const LOG_REFERENCE = ['reference', 'po', 'poNumber', 'orderNumber', 'order', 'orderId', 'documentNumber', 'tranId', 'recordId', 'record'];
/** What a JSON Logger record inside a message says of its event, for a preset reading messages from `column`. */
const jsonLoggerInMessage = (column: string[]) =>
  ({
    path: { first: inMessageJson(column, ['path']) },
    event_type: { first: inMessageJson(column, ['eventType', 'event_type', 'type']) },
    sku: { first: inMessageJson(column, LOG_SKU) },
    qty: { first: inMessageJson(column, LOG_QTY) },
    location: { first: inMessageJson(column, LOG_LOCATION) },
    record_ref: { first: inMessageJson(column, LOG_REFERENCE) },
    idempotency_key: { first: inMessageJson(column, ['idempotencyKey', 'idempotency_key']) },
  }) satisfies PresetOf<'events'>['fields'];
const MESSAGE_STATUS = (column: string[]): FieldSource[] => [
  ...inMessageJson(column, ['status']),
  { column, json: '$.tracePoint' },
  { column, json: '$.log.tracePoint' },
];

const MESSAGE = ['event.message'];
/**
 * The `[app].flow` a Mule thread name ends with (`[MuleRuntime].uber.07: [app].flow-name.CPU_LITE @5a1b2c3d`): its
 * last bracket, the flow after it, without the scheduler's suffix and the thread's own id, so one flow's records
 * share one name.
 */
const MULE_THREAD_FLOW = String.raw`.*(\[[^\[\]]+\]\.[^.\s@\[\]]+)`;
/**
 * CloudHub log records: every line is a log event; its priority is the only status there is. Mule's thread name
 * (`[MuleRuntime].uber.07: [app].flow-name.CPU_LITE`) is the only place a record names its app and flow, read as
 * `[app].flow-name`. Loggers
 * print the record they handle as a JSON object after a text prefix (`Posting shipment confirmation {"sku": ...}`);
 * the values are read from that object, under the keys a shipment or inventory message most often uses
 * (`fulfillment` is the document a shipment confirmation creates); other keys need a mapping.
 */
export const mulesoftCloudhubLog: PresetOf<'events'> = {
  id: 'mulesoft-cloudhub-log',
  name: 'MuleSoft CloudHub log records',
  description:
    'CloudHub application log records as JSON (recordId, event.timestamp in epoch ms, event.message, ' +
    'event.priority). Only ERROR and FATAL lines get a status, unless the message is a JSON Logger record whose ' +
    'status or trace point says it; SKU, warehouse, qty, path, type and document are read from a JSON object ' +
    'inside the message, also under the JSON Logger\'s content.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['recordId'],
    ts: ['event.timestamp'],
    flow: { first: [{ column: ['event.threadName'], pattern: MULE_THREAD_FLOW }, ['event.threadName']] },
    status: { first: [...MESSAGE_STATUS(MESSAGE), ['event.priority']] },
    error_code: { first: inMessageJson(MESSAGE, ['error.errorType', 'errorType', 'errorCode', 'error.code']) },
    error_message: ['event.message'],
    correlation_id: { first: inMessageJson(MESSAGE, ['correlationId', 'correlation_id', 'log.correlation_id']) },
    ...jsonLoggerInMessage(MESSAGE),
    record_ref: { first: inMessageJson(MESSAGE, ['fulfillment', ...LOG_REFERENCE]) },
  },
  values: { status: TRACE_POINTS },
  detect: {
    required: [['recordId'], ['event.timestamp'], ['event.message']],
    optional: [
      ['deploymentId'],
      ['instanceId'],
      ['line'],
      ['event'],
      ['event.priority'],
      ['event.loggerName'],
      ['event.threadName'],
    ],
    formats: ['json'],
  },
};

/**
 * Where a json-logger's `content` (whatever the flow logged, usually `#[payload]` or a subset of it) holds the
 * record it carried: under `content.payload`, or straight under `content`, and a few other envelopes seen in
 * practice. Each field's names are tried in this order of parents.
 */
const CONTENT_PARENTS = ['content.payload', 'content', 'content.data', 'content.body', 'content.record', 'content.message'];
const inContent = (names: string[]): string[] => CONTENT_PARENTS.flatMap((parent) => names.map((name) => `${parent}.${name}`));

/** The open-source MuleSoft JSON Logger: flat keys, the flow name under locationInfo, the record under content. */
export const mulesoftJsonLogger: PresetOf<'events'> = {
  id: 'mulesoft-json-logger',
  name: 'MuleSoft JSON Logger output',
  description:
    'Records of the MuleSoft JSON Logger (correlationId, tracePoint, priority, message, timestamp, content). ' +
    'Its timestamps may end in a zone name such as "[UTC]". The status comes from tracePoint (END success, ' +
    'EXCEPTION error, START and intermediate steps pending), else from priority; SKU, location, quantity and ' +
    'reference from the logged content (content.payload.sku, .warehouse, .delta, .reference and the like).',
  system: 'middleware',
  kind: 'events',
  fields: {
    ts: ['timestamp'],
    flow: ['locationInfo.rootContainer'],
    sku: inContent(['sku', 'item_sku', 'itemSku', 'sellerSku', 'item']),
    location: inContent(['warehouse', 'location', 'warehouse_id', 'warehouseId', 'location_id', 'locationId', 'site']),
    qty: inContent(['delta', 'qty_delta', 'quantity', 'qty', 'units', 'adjustment']),
    status: ['tracePoint', 'priority'],
    error_code: ['content.error.errorType', 'content.errorType', 'error.errorType', 'content.error.code'],
    error_message: ['message'],
    correlation_id: ['correlationId'],
    record_ref: inContent(['reference', 'record_ref', 'orderNumber', 'order_number', 'orderName', 'documentNumber', 'tranid', 'po_number']),
    payload: ['content'],
  },
  values: { status: TRACE_POINTS },
  detect: {
    required: [['correlationId'], ['tracePoint'], ['timestamp']],
    optional: [
      ['message'],
      ['priority'],
      ['elapsed'],
      ['locationInfo'],
      ['locationInfo.rootContainer'],
      ['content'],
      ['applicationName'],
      ['applicationVersion'],
      ['environment'],
      ['threadName'],
    ],
    formats: ['json'],
  },
};

/** Custom loggers of the AVIO kind nest their fields under `log`, `location` and `exception`. */
export const mulesoftAvioLogger: PresetOf<'events'> = {
  id: 'mulesoft-custom-logger',
  name: 'MuleSoft custom JSON logger (log.* fields)',
  description:
    'Records of a MuleSoft custom JSON logger that nests log.correlation_id, log.level and log.message, with ' +
    'app_name, env, location.root_container and an exception block.',
  system: 'middleware',
  kind: 'events',
  fields: {
    ts: ['timestamp', 'log.timestamp'],
    flow: ['location.root_container'],
    status: ['log.level'],
    error_code: ['exception.type', 'exception.status_code'],
    error_message: ['log.message'],
    correlation_id: ['log.correlation_id'],
    payload: ['log.payload'],
  },
  detect: {
    required: [['log.correlation_id'], ['log.message'], ['timestamp', 'log.timestamp']],
    optional: [
      ['app_name'],
      ['app_version'],
      ['env'],
      ['log'],
      ['log.level'],
      ['log.tracePoint', 'log.trace_point'],
      ['log.category'],
      ['location'],
      ['location.root_container'],
      ['exception'],
      ['ext'],
      ['thread'],
    ],
    formats: ['json'],
  },
};

/**
 * A Mule runtime's own log as text, in its default layout (`%-5p %d [%t] [processor: %X{processorPath}; event:
 * %X{correlationId}] %c: %m`), as CloudHub's log download or an on-premise `mule_ee.log` / app log gives it: one
 * record per line that opens with a level and a time, with the lines after it (the starred error block: Message,
 * Error type, Element) belonging to it. The flow is the thread's last `[app].flow` (its first bracket names the
 * runtime's scheduler, `[MuleRuntime].uber`), else the processor path's flow; the
 * event id is the correlation id, ERROR and FATAL lines are errors and the rest unknown, unless the JSON object a
 * message prints says its status. SKU, quantity, location and document come from that object too; a SKU only named
 * in the text is found after import (sku_from).
 */
export const mulesoftTextLog: PresetOf<'events'> = {
  id: 'mulesoft-text-log',
  name: 'MuleSoft runtime log (text)',
  description:
    'A Mule 4 application log as text, in the runtime\'s default layout: level, time, [thread], [processor: ...; ' +
    'event: <correlation id>], logger: message, with multi-line error blocks read into their record (Error type is ' +
    'the error code). Values in a JSON object the message prints are read by key.',
  system: 'middleware',
  kind: 'events',
  fields: {
    ts: ['time'],
    flow: {
      first: [
        { column: ['thread'], pattern: MULE_THREAD_FLOW },
        { column: ['processor'], pattern: String.raw`^([^/\s]+)/` },
      ],
    },
    status: { first: [...MESSAGE_STATUS(['message']), ['level']] },
    error_code: {
      first: [
        { column: ['message'], pattern: String.raw`Error type\s*:\s*(\S+)` },
        ...inMessageJson(['message'], ['error.errorType', 'errorType', 'errorCode', 'error.code']),
      ],
    },
    error_message: { first: [{ column: ['message'], pattern: String.raw`Message\s*:\s*([^\n]+)` }, { column: ['message'], json: '$.message' }] },
    correlation_id: { first: [['event'], { column: ['message'], json: '$.correlationId' }] },
    ...jsonLoggerInMessage(['message']),
    payload: ['message'],
  },
  values: { status: TRACE_POINTS },
  detect: {
    required: [['time'], ['processor', 'event'], ['message']],
    optional: [['level'], ['thread'], ['logger']],
    formats: ['log'],
  },
};

/** The last of the bracketed parts a message opens with: `[execution-1] [Process name] text` gives `Process name`. */
const LEADING_BRACKETS_LAST = String.raw`^(?:\[[^\]]*\]\s*)*\[([^\]]+)\]`;

/** A `key=value` pair in a log message (logfmt), the value quoted (`location="IN - Bhiwandi DC"`) or bare. */
const pairValue = (column: string[], keys: string[]): FieldSource[] => {
  const key = `(?i)(?:^|[\\s,;(\\[])(?:${keys.join('|')})=`;
  return [
    { column, pattern: `${key}"([^"]*)"` },
    { column, pattern: `${key}([^\\s",;)\\]]+)` },
  ];
};

/** What a log message holds as a JSON object's keys, else as `key=value` pairs, per field. */
const pairsAfterJson = (column: string[]) =>
  ({
    sku: { first: [...inMessageJson(column, LOG_SKU), ...pairValue(column, ['sku', 'item_sku', 'itemSku'])] },
    qty: { first: [...inMessageJson(column, LOG_QTY), ...pairValue(column, ['qty', 'quantity'])] },
    location: { first: [...inMessageJson(column, LOG_LOCATION), ...pairValue(column, ['location', 'warehouse', 'location_id', 'warehouse_id'])] },
    record_ref: { first: [...inMessageJson(column, LOG_REFERENCE), ...pairValue(column, ['ref', 'reference', 'po', 'order', 'document'])] },
    idempotency_key: {
      first: [...inMessageJson(column, ['idempotencyKey', 'idempotency_key']), ...pairValue(column, ['idempotencyKey', 'idempotency_key'])],
    },
    correlation_id: {
      first: [
        ...inMessageJson(column, ['correlationId', 'correlation_id', 'traceId']),
        ...pairValue(column, ['correlationId', 'correlation_id', 'traceId']),
      ],
    },
  }) satisfies PresetOf<'events'>['fields'];

/**
 * Any other plain-text log whose lines open with a time and a level (log4j's and logback's usual layouts, a
 * client's own bridge script, a Boomi atom's process log): one event per record, its status from the level (ERROR
 * and FATAL are errors), the flow from the logger or else the last of the bracketed parts the message opens with
 * (`[execution-…] [NS Sales Order Release to ShipHero] Document 1: …`), the trigger from the thread
 * (`[exec_sched]`), and the values a JSON object in the message holds, else its `key=value` pairs.
 */
export const textLog: PresetOf<'events'> = {
  id: 'text-log',
  name: 'Plain-text log (time, level, message)',
  description:
    'A plain-text application log whose lines open with a time and a level (log4j, logback, a script\'s own ' +
    'logging): one event per record, with following lines (a stack trace) read into it. Values in a JSON object ' +
    'the message prints are read by key.',
  system: 'middleware',
  kind: 'events',
  fields: {
    ts: ['time'],
    flow: { first: [['logger'], { column: ['message'], pattern: LEADING_BRACKETS_LAST }] },
    trigger: ['thread'],
    status: { first: [...MESSAGE_STATUS(['message']), ...pairValue(['message'], ['status']), ['level']] },
    error_code: { first: inMessageJson(['message'], ['errorCode', 'error_code', 'code']) },
    ...jsonLoggerInMessage(['message']),
    ...pairsAfterJson(['message']),
    payload: ['message'],
  },
  values: { status: TRACE_POINTS },
  detect: {
    required: [['time'], ['level'], ['message']],
    optional: [['thread'], ['logger']],
    formats: ['log'],
  },
};

/** Where a relay or in-house log tends to nest the record it carried (JSON files: one level down). */
const PAYLOAD = ['payload', 'body', 'data', 'record'];
const alsoNested = (names: string[]): string[] => [...names, ...PAYLOAD.flatMap((parent) => names.map((name) => `${parent}.${name}`))];
/**
 * Where a log keeps what identifies the document rather than what it carried: Boomi's tracked fields, a logger's
 * context or metadata object, the message headers (JSON files: one level down).
 */
const CONTEXT = ['trackedFields', 'tracked_fields', 'tracking', 'context', 'meta', 'metadata', 'headers'];
const alsoInContext = (names: string[]): string[] => [
  ...names,
  ...CONTEXT.flatMap((parent) => names.map((name) => `${parent}.${name}`)),
];

const TS = [
  'occurred_at',
  'event_time',
  'event_timestamp',
  'timestamp',
  'ts',
  'time',
  'datetime',
  'date_time',
  'created_at',
  'logged_at',
  'received_at',
  'processed_at',
  'sent_at',
];
const WHAT = [
  'event_type',
  'type',
  'record_type',
  'event',
  'topic',
  'message_type',
  'path',
  'direction',
  'route',
  'source_system',
  'target_system',
  'source',
  'target',
  'flow',
  'flow_name',
  'integration',
  'integration_name',
];
/** An outcome, or what the event was about; in JSON the subject may sit in the payload or the tracked fields. */
const OUTCOME_OR_SUBJECT = [
  'status',
  'result',
  'outcome',
  'error_code',
  'error_message',
  ...alsoNested(['sku', 'qty', 'quantity']),
  ...alsoInContext(['record_ref', 'reference', 'record_id', 'correlation_id', 'trace_id', 'idempotency_key', 'dedupe_key']),
];

/**
 * The catch-all for event logs with self-explanatory names. It needs a time, something saying what the event was
 * or where it went, and an outcome or subject, so that an order list with a created_at and a status is not taken
 * for an event log. In JSON files the SKU, quantity and location may sit one level down in the payload.
 */
export const genericEventLog: PresetOf<'events'> = {
  id: 'generic-event-log',
  name: 'Generic middleware event log',
  description:
    'Any middleware or webhook event log with plain column names: time, path or source and target, flow, type, ' +
    'SKU, location, quantity, status, error, correlation id, idempotency key, record reference, payload.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['event_id', 'id', 'message_id', 'uuid', 'log_id'],
    ts: TS,
    path: ['path', 'sync_path', 'direction', 'route'],
    source_system: ['source_system', 'source', 'from_system', 'from', 'origin', 'sender', 'event.source'],
    target_system: ['target_system', 'target', 'to_system', 'to', 'destination', 'receiver', 'event.target'],
    flow: ['flow', 'flow_name', 'integration', 'integration_name', 'process', 'process_name', 'job', 'job_name'],
    // A log may wrap what happened in an `event` object ({type, source, target, recordId, status}).
    event_type: ['event_type', 'type', 'record_type', 'event.type', 'event', 'topic', 'message_type', 'action'],
    sku: alsoNested(['sku', 'item_sku', 'product_sku', 'item', 'item_code', 'item_number']),
    location: alsoNested(['location', 'warehouse', 'location_id', 'warehouse_id', 'site', 'facility']),
    qty: alsoNested(['qty', 'quantity', 'qty_delta', 'delta', 'units']),
    // Without a status column, an event named for its outcome (`document.error`, `sync.failed`, `order.sent`) says it.
    status: { first: [['status', 'result', 'outcome', 'state', 'event.status'], ['event', 'event_type', 'event.type']] },
    error_code: ['error_code', 'code', 'err_code', 'status_code', 'http_status', 'response_code'],
    error_message: ['error_message', 'message', 'error', 'err', 'error_detail', 'detail', 'reason'],
    correlation_id: alsoInContext(['correlation_id', 'correlation', 'correlation_key', 'trace_id', 'x_correlation_id', 'request_id', 'run_id']),
    idempotency_key: alsoInContext(['idempotency_key', 'dedupe_key', 'dedup_key', 'message_key', 'event_key']),
    record_ref: alsoInContext([
      'record_ref',
      'reference',
      'record_id',
      'document',
      'document_number',
      'doc_number',
      'order_number',
      'po_number',
      'ref',
      'event.record_id',
    ]),
    trigger: ['trigger', 'execution_type', 'trigger_type', 'run_type', 'mode'],
    payload: ['payload', 'body', 'data', 'request_body', 'message_body', 'record'],
  },
  detect: {
    required: [TS, WHAT, OUTCOME_OR_SUBJECT],
    optional: [
      ['event_id', 'id', 'message_id'],
      ['path', 'direction', 'route'],
      ['source_system', 'source', 'from_system', 'from'],
      ['target_system', 'target', 'to_system', 'to'],
      ['flow', 'flow_name', 'integration'],
      ['event_type', 'type', 'record_type', 'topic'],
      alsoNested(['sku', 'item_sku', 'item']),
      alsoNested(['location', 'warehouse']),
      alsoNested(['qty', 'quantity']),
      ['status', 'result', 'outcome'],
      ['error_code', 'code'],
      ['error_message', 'message', 'error'],
      ['correlation_id', 'trace_id'],
      ['idempotency_key', 'dedupe_key'],
      ['record_ref', 'reference', 'record_id', 'document'],
      ['trigger', 'execution_type'],
      PAYLOAD,
    ],
    formats: ['delimited', 'json'],
  },
};

/** Where a logged order names its lines, tried in this order. */
const ORDER_LINE_LISTS = ['lines', 'lineItems', 'line_items', 'orderLines', 'items'];

/**
 * CloudHub 2 writes each application log record as one JSON line (timestamp, level, logger, thread, message);
 * order flows log the order they carry as a JSON object in `message`, its lines in a list. Each line item is one
 * event (records rule, docs/mappings.md), keeping the record's correlation id, order, warehouse and outcome; the
 * json-logger's event marker gives the outcome (START and the steps before END are the same delivery in flight).
 */
export const mulesoftCloudhub2OrderLines: PresetOf<'events'> = {
  id: 'mulesoft-cloudhub2-order-lines',
  name: 'MuleSoft CloudHub 2 log, one event per order line',
  description:
    'CloudHub 2 application log records as JSON lines (timestamp, level, logger, thread, message) whose message is ' +
    'a JSON object with the order\'s lines (lines[{sku, qty}]): one event per line, with the correlation id, order, ' +
    'target warehouse and outcome of its record (START pending, END success, ERROR error).',
  system: 'middleware',
  kind: 'events',
  records: { first: ORDER_LINE_LISTS.map((list) => ({ column: ['message'], path: `$.${list}[*]` })) },
  fields: {
    ts: ['timestamp'],
    flow: ['flow', 'thread'],
    sku: ['sku', 'item_sku', 'itemSku', 'sellerSku'],
    qty: ['qty', 'quantity', 'units'],
    location: ['targetWarehouse', 'warehouse', 'location', 'warehouseId'],
    status: ['event', 'tracePoint', 'status', 'level'],
    error_code: ['error.errorType', 'errorType', 'error.code'],
    error_message: ['error.description', 'error.message', 'errorMessage'],
    correlation_id: ['correlationId', 'correlation_id'],
    record_ref: ['salesOrder', 'orderNumber', 'order_number', 'salesOrderNumber', 'reference'],
    payload: ['message'],
  },
  values: { status: { ...TRACE_POINTS, error: 'error' } },
  detect: {
    required: [['timestamp'], ['message'], ['correlationId', 'correlation_id'], ['sku', 'item_sku', 'itemSku', 'sellerSku']],
    optional: [
      ['level'],
      ['logger'],
      ['thread'],
      ['flow'],
      ['event', 'tracePoint'],
      ['salesOrder', 'orderNumber', 'order_number'],
      ['targetWarehouse', 'warehouse'],
      ['qty', 'quantity'],
      ['error'],
    ],
    formats: ['json'],
  },
};

/** Column names of a Celigo flow run history download, as the dashboard and its exports write them. */
const RUN_FLOW = ['Flow', 'Flow name', 'flowName', 'Integration flow'];
const RUN_STARTED = ['Started', 'Start time', 'Started at', 'startedAt', 'Start date', 'Run started'];
const RUN_ERRORS = ['Errors', 'Error count', 'Errored'];

/**
 * Celigo's flow run history (the dashboard's Run history tab, downloaded as CSV): one row per run of a flow, with
 * its counts and no record in it. Each run is one event with no SKU: the flow name gives its path and type (the
 * flow-routes step), the runs' spacing tells analysis whether the flow runs on a clock. "Completed with errors" is
 * a run some records of which failed, so it is an error; a cancelled run synced nothing and says nothing of failure.
 * The export names no trigger, so the trigger is read only where a column gives one. The counts (success, ignored,
 * errors, pages) stay in the file: a mapping keeps one column as the payload, not several.
 */
export const celigoFlowRuns: PresetOf<'events'> = {
  id: 'celigo-flow-runs',
  name: 'Celigo integrator.io flow run history',
  description:
    'Celigo flow run history (Flow, Started, Completed, Duration, Status, Success, Ignored, Errors, Pages): one event ' +
    'per run, with no SKU; path and event type from the flow name; "Completed with errors" and "Failed" are errors.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['Job ID', 'jobId', '_jobId', 'Run ID', 'runId'],
    ts: RUN_STARTED,
    flow: RUN_FLOW,
    status: ['Status', 'Run status'],
    trigger: ['Trigger', 'Run type', 'Triggered by'],
  },
  values: {
    status: {
      completed: 'success',
      'completed with errors': 'error',
      failed: 'error',
      cancelled: 'unknown',
      canceled: 'unknown',
      'in progress': 'pending',
      running: 'pending',
      queued: 'pending',
    },
  },
  detect: {
    required: [RUN_FLOW, RUN_STARTED, ['Status', 'Run status'], RUN_ERRORS],
    optional: [
      ['Completed', 'End time', 'Ended', 'Completed at', 'Finished'],
      ['Duration'],
      ['Success', 'Successes', 'Success count', 'Succeeded'],
      ['Ignored', 'Ignores', 'Ignore count'],
      ['Pages'],
      ['Job ID', 'jobId', '_jobId', 'Run ID', 'runId'],
      ['Trigger', 'Run type', 'Triggered by'],
    ],
    formats: ['delimited'],
  },
};
