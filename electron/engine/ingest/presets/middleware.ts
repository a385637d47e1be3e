// Presets for the handoff layer's logs: Celigo errors, Boomi executions, MuleSoft logs, and a generic event log.
import type { PresetOf } from './preset-of';

/**
 * Celigo's error records name the record only by traceKey; the SKU, when there is one, sits in the exported record.
 * `$.sku` is the most common place for it; flows that nest it elsewhere (`$.lines[0].sku`, `$.item.sku`) need a
 * mapping that extends this preset (docs/mappings.md). Every row of an errors download is an error, hence the
 * constant status; the Resolved tab's download is still a list of errors, resolved later.
 */
const CELIGO_RECORD = ['exportData', 'payload', 'record', 'data'];

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
    ts: ['occurredAt'],
    flow: ['flowName', 'flow', 'flowStepName', '_flowId', 'flowId'],
    status: { constant: 'error' },
    error_code: ['code', 'errorCode'],
    error_message: ['message', 'errorMessage'],
    correlation_id: ['traceKey'],
    record_ref: ['traceKey'],
    sku: { column: CELIGO_RECORD, json: '$.sku' },
    payload: CELIGO_RECORD,
  },
  detect: {
    required: [['occurredAt'], ['errorId', 'traceKey'], ['code', 'message', 'errorCode', 'errorMessage']],
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
    formats: ['json', 'delimited'],
  },
};

/**
 * `originalExecutionId` ties a retry to the run it retries, which is what "a later success with the same
 * correlation id" needs. Per-document failures show only in inboundErrorDocumentCount, which stays in the raw
 * table: a run can be COMPLETE with failed documents inside it.
 */
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

/** CloudHub log records: every line is a log event; its priority is the only status there is. */
export const mulesoftCloudhubLog: PresetOf<'events'> = {
  id: 'mulesoft-cloudhub-log',
  name: 'MuleSoft CloudHub log records',
  description:
    'CloudHub application log records as JSON (recordId, event.timestamp in epoch ms, event.message, ' +
    'event.priority). Only ERROR and FATAL lines get a status; the rest are unknown.',
  system: 'middleware',
  kind: 'events',
  fields: {
    event_id: ['recordId'],
    ts: ['event.timestamp'],
    status: ['event.priority'],
    error_message: ['event.message'],
  },
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

/** The open-source MuleSoft JSON Logger: flat keys, the flow name under locationInfo. */
export const mulesoftJsonLogger: PresetOf<'events'> = {
  id: 'mulesoft-json-logger',
  name: 'MuleSoft JSON Logger output',
  description:
    'Records of the MuleSoft JSON Logger (correlationId, tracePoint, priority, message, timestamp, content). ' +
    'Its timestamps may end in a zone name such as "[UTC]".',
  system: 'middleware',
  kind: 'events',
  fields: {
    ts: ['timestamp'],
    flow: ['locationInfo.rootContainer'],
    status: ['priority'],
    error_message: ['message'],
    correlation_id: ['correlationId'],
    payload: ['content'],
  },
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

/** Where a relay or in-house log tends to nest the record it carried (JSON files: one level down). */
const PAYLOAD = ['payload', 'body', 'data', 'record'];
const alsoNested = (names: string[]): string[] => [...names, ...PAYLOAD.flatMap((parent) => names.map((name) => `${parent}.${name}`))];

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
const OUTCOME_OR_SUBJECT = [
  'status',
  'result',
  'outcome',
  'sku',
  'record_ref',
  'reference',
  'record_id',
  'correlation_id',
  'trace_id',
  'idempotency_key',
  'dedupe_key',
  'error_code',
  'error_message',
  'qty',
  'quantity',
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
    source_system: ['source_system', 'source', 'from_system', 'from', 'origin', 'sender'],
    target_system: ['target_system', 'target', 'to_system', 'to', 'destination', 'receiver'],
    flow: ['flow', 'flow_name', 'integration', 'integration_name', 'process', 'process_name', 'job', 'job_name'],
    event_type: ['event_type', 'type', 'record_type', 'event', 'topic', 'message_type', 'action'],
    sku: alsoNested(['sku', 'item_sku', 'product_sku']),
    location: alsoNested(['location', 'warehouse', 'location_id', 'warehouse_id', 'site', 'facility']),
    qty: alsoNested(['qty', 'quantity', 'qty_delta', 'delta', 'units']),
    status: ['status', 'result', 'outcome', 'state'],
    error_code: ['error_code', 'code', 'err_code', 'status_code', 'http_status', 'response_code'],
    error_message: ['error_message', 'message', 'error', 'err', 'error_detail', 'detail', 'reason'],
    correlation_id: ['correlation_id', 'trace_id', 'x_correlation_id', 'request_id', 'run_id'],
    idempotency_key: ['idempotency_key', 'dedupe_key', 'dedup_key', 'message_key', 'event_key'],
    record_ref: ['record_ref', 'reference', 'record_id', 'document', 'document_number', 'doc_number', 'order_number', 'po_number', 'ref'],
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
      alsoNested(['sku', 'item_sku']),
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
