// The middleware event log in a seed-chosen shape: CSV or JSON lines, names from the generic preset, rotated or gzipped.
import { join } from 'node:path';
import { DAY, HOUR } from '../clock';
import { fileTruth, type GroundTruthFile } from '../ground-truth';
import { PATH_ENDS, type DeliveryStatus, type HandoffEvent, type PathId, type SystemId } from '../model';
import { OutputFile } from '../output-file';
import type { Rng } from '../prng';
import { CLOCK_TRIGGERS, EVENT_TRIGGERS, EVENT_TYPE_SPELLINGS, STATUS_STYLES } from '../raw-values';
import { skuIn, type Scenario } from '../scenario';
import { instantFormatter, type TimeStyle } from '../time-format';
import { TableWriter, type Cell, type Malformation, type PlannedMalformation, type TableFormat } from '../table-writer';

type Field =
  | 'ts' | 'path' | 'source' | 'target' | 'flow' | 'type' | 'sku' | 'location' | 'qty' | 'status' | 'error_code'
  | 'error_message' | 'correlation_id' | 'idempotency_key' | 'record_ref' | 'trigger' | 'event_id';

/** Column names per field, all from the generic event log preset's alias lists. */
const NAMES: Record<Exclude<Field, 'source' | 'target'>, string[]> = {
  ts: ['occurred_at', 'event_time', 'timestamp', 'event_timestamp', 'logged_at', 'ts', 'time', 'processed_at'],
  path: ['path', 'direction', 'route', 'sync_path'],
  flow: ['flow', 'flow_name', 'integration', 'process_name', 'job_name'],
  type: ['event_type', 'type', 'record_type', 'event', 'topic', 'message_type'],
  sku: ['sku', 'item_sku', 'product_sku'],
  location: ['location', 'warehouse', 'site', 'facility'],
  qty: ['qty', 'quantity', 'units', 'delta'],
  status: ['status', 'result', 'outcome', 'state'],
  error_code: ['error_code', 'code', 'err_code', 'response_code'],
  error_message: ['error_message', 'message', 'error', 'error_detail', 'detail', 'reason'],
  correlation_id: ['correlation_id', 'trace_id', 'request_id', 'x_correlation_id', 'run_id'],
  idempotency_key: ['idempotency_key', 'dedupe_key', 'dedup_key', 'message_key', 'event_key'],
  record_ref: ['record_ref', 'reference', 'record_id', 'document', 'doc_number', 'ref'],
  trigger: ['trigger', 'execution_type', 'trigger_type', 'run_type', 'mode'],
  event_id: ['event_id', 'id', 'message_id', 'uuid', 'log_id'],
};
const SOURCE_TARGET: [string, string][] = [
  ['source_system', 'target_system'],
  ['source', 'target'],
  ['from_system', 'to_system'],
  ['origin', 'destination'],
  ['from', 'to'],
];
const PAYLOAD_KEYS = ['payload', 'body', 'data', 'record'];
/** Fields that may nest inside the JSON payload. */
const NESTABLE: Field[] = ['sku', 'location', 'qty'];

const PATH_STYLES = ['arrow', 'angle', 'vendor_to', 'vendor_arrow', 'unicode_arrow', 'columns_vendor', 'columns_generic'] as const;
type PathStyle = (typeof PATH_STYLES)[number];

export interface MiddlewareShape {
  format: 'delimited' | 'jsonl';
  delimiter: string;
  packaging: 'plain' | 'gzip' | 'rotated';
  fileName: string;
  timeStyle: TimeStyle;
  offsetMinutes: number;
  columns: { field: Field; name: string }[];
  pathStyle: PathStyle;
  statuses: Record<DeliveryStatus, string>;
  httpStatusNumbers: boolean;
  types: Record<string, string>;
  triggers: { clock: string; event: string } | null;
  /** Some relays log shipment confirmations as negative quantities. */
  shipSign: 1 | -1;
  flowTitled: boolean;
  eventIdStyle: 'evt' | 'ulid' | 'number';
  wmsVendor: 'ShipHero' | 'ShipBob';
}

export function chooseMiddlewareShape(rng: Rng, scenario: Scenario, wmsVendor: 'ShipHero' | 'ShipBob'): MiddlewareShape {
  const format = rng.pick(['delimited', 'delimited', 'jsonl', 'jsonl'] as const);
  const delimiter = rng.pick([',', ',', ';', '|', '\t']);
  const packaging = rng.pick(['plain', 'plain', 'gzip', 'rotated'] as const);
  const pathStyle = rng.pick(PATH_STYLES);
  const hasLocation = scenario.locations.length === 1 ? rng.chance(0.5) : true;
  const optional: Field[] = ['flow', 'error_code', 'error_message', 'trigger', 'event_id', 'idempotency_key'].filter(() =>
    rng.chance(0.7),
  ) as Field[];
  const fields: Field[] = ['ts', 'type', 'sku', 'qty', 'status', 'correlation_id', 'record_ref', ...optional];
  if (hasLocation) fields.push('location');
  const columns: { field: Field; name: string }[] = fields.map((field) => ({
    field,
    name: rng.pick(NAMES[field as Exclude<Field, 'source' | 'target'>]),
  }));
  if (pathStyle.startsWith('columns')) {
    const [source, target] = rng.pick(SOURCE_TARGET);
    columns.push({ field: 'source', name: source }, { field: 'target', name: target });
  } else {
    columns.push({ field: 'path', name: rng.pick(NAMES.path) });
  }
  const ordered = rng.shuffle(columns);
  if (format === 'jsonl' && rng.chance(0.5)) {
    const payload = rng.pick(PAYLOAD_KEYS);
    for (const column of ordered) if (NESTABLE.includes(column.field)) column.name = `${payload}.${column.name}`;
  }
  const statuses = rng.pick(STATUS_STYLES);
  const types: Record<string, string> = {};
  for (const [kind, spellings] of Object.entries(EVENT_TYPE_SPELLINGS)) types[kind] = rng.pick(spellings);
  if (rng.chance(0.5)) {
    types.cycle_count = types.adjustment ?? 'adjustment';
    types.damage = types.adjustment ?? 'adjustment';
  }
  const stem = rng.pick(['middleware-events', 'sync_events', 'integration-log', 'relay_events', 'handoff-log', 'events']);
  const extension =
    format === 'jsonl' ? rng.pick(['.jsonl', '.ndjson', '.json']) : delimiter === '\t' ? rng.pick(['.tsv', '.txt']) : '.csv';
  const rotatedBase = rng.pick(['middleware.log', 'sync.log', 'integration.log', 'relay.log']);
  const timeStyle = rng.pick<TimeStyle>(['iso_z', 'iso_z_ms', 'iso_offset', 'iso_offset_ms', 'epoch_ms']);
  return {
    format,
    delimiter,
    packaging,
    fileName: packaging === 'rotated' ? rotatedBase : `${stem}${extension}${packaging === 'gzip' ? '.gz' : ''}`,
    timeStyle,
    offsetMinutes: timeStyle.startsWith('iso_offset') ? rng.pick([scenario.clock.offsetMinutes, -420, 60, 0]) : 0,
    columns: ordered,
    pathStyle,
    statuses,
    httpStatusNumbers: format === 'jsonl' && /^\d+$/.test(statuses.success),
    types,
    triggers: columns.some((column) => column.field === 'trigger')
      ? { clock: rng.pick(CLOCK_TRIGGERS), event: rng.pick(EVENT_TRIGGERS) }
      : null,
    shipSign: rng.chance(0.3) ? -1 : 1,
    flowTitled: rng.chance(0.5),
    eventIdStyle: rng.pick(['evt', 'ulid', 'number'] as const),
    wmsVendor,
  };
}

const GENERIC: Record<SystemId, string> = { erp: 'ERP', wms: 'WMS', storefront: 'Storefront' };
const FLOW_KEBAB: Record<string, string> = {
  receipt: 'po-receipts',
  order_release: 'order-release',
  shipment_confirm: 'ship-confirm',
  adjustment: 'adjustments',
  return: 'returns',
  inventory_sync: 'inventory-push',
  planning_signal: 'planning-sync',
};
const FLOW_TITLE: Record<string, string> = {
  receipt: 'Item Receipts',
  order_release: 'Sales Order Release',
  shipment_confirm: 'Shipment Confirmation',
  adjustment: 'Inventory Adjustments',
  return: 'Return Authorizations',
  inventory_sync: 'Inventory Levels',
  planning_signal: 'Planning Sync',
};

type CellOf = (event: HandoffEvent) => Cell;

interface Part {
  relativePath: string;
  file: OutputFile;
  table: TableWriter;
  /** Events at or after this instant go to the next part. */
  until: number;
}

export class MiddlewareLog {
  private readonly parts: Part[] = [];
  private current = 0;
  private readonly cells: CellOf[];
  private sequence = 0;
  /** Reused for every record: one event log can hold ten million of them. */
  private readonly row: Cell[] = [];

  constructor(
    private readonly shape: MiddlewareShape,
    private readonly scenario: Scenario,
    outDir: string,
    folder: string,
    rng: Rng,
  ) {
    const names = shape.columns.map((column) => column.name);
    const format: TableFormat =
      shape.format === 'jsonl'
        ? { kind: 'jsonl', keys: names }
        : { kind: 'delimited', delimiter: shape.delimiter, quoteAll: false, crlf: false, bom: false, header: names };
    const timeIndex = shape.columns.findIndex((column) => column.field === 'ts');
    const badTime = { index: timeIndex, value: shape.timeStyle === 'epoch_ms' ? 'N/A' : '2026-02-30T25:61:00Z' };
    const count = shape.packaging === 'rotated' ? 3 : 1;
    const span = scenario.stop - scenario.start;
    const gz = (probability: number): string => (rng.chance(probability) ? '.gz' : '');
    const partNames = count === 1 ? [shape.fileName] : [`${shape.fileName}.2${gz(0.7)}`, `${shape.fileName}.1${gz(0.3)}`, shape.fileName];
    const kinds: Malformation[] =
      shape.format === 'jsonl' ? ['truncated_json', 'bad_time'] : ['too_few_fields', 'too_many_fields', 'bad_time'];
    partNames.forEach((name, index) => {
      const malformed: PlannedMalformation[] = [];
      const wanted = index === count - 1 || rng.chance(0.4) ? rng.int(1, 2) : 0;
      for (let n = 0; n < wanted; n += 1) malformed.push({ afterRecord: rng.int(20, 600), kind: rng.pick(kinds) });
      const relativePath = folder === '' ? name : `${folder}/${name}`;
      const file = new OutputFile(join(outDir, relativePath), name.endsWith('.gz'));
      this.parts.push({
        relativePath,
        file,
        table: new TableWriter(file, format, malformed, badTime),
        until: index === count - 1 ? Infinity : scenario.start + Math.floor(((index + 1) * span) / count / DAY) * DAY + 12 * HOUR,
      });
    });
    this.cells = shape.columns.map((column) => this.cellFor(column.field));
  }

  write(event: HandoffEvent): void {
    while (event.ts >= (this.parts[this.current]?.until ?? Infinity)) this.current += 1;
    const part = this.parts[this.current];
    if (part === undefined) return;
    this.sequence += 1;
    const { row, cells } = this;
    for (let index = 0; index < cells.length; index += 1) row[index] = (cells[index] as CellOf)(event);
    part.table.row(row);
  }

  async drain(): Promise<void> {
    await Promise.all(this.parts.map((part) => part.file.drain()));
  }

  async close(): Promise<GroundTruthFile[]> {
    const files: GroundTruthFile[] = [];
    for (const part of this.parts) {
      const outcome = part.table.finish();
      await part.file.close();
      files.push(fileTruth(part.relativePath, 'generic-event-log', outcome));
    }
    return files;
  }

  private cellFor(field: Field): CellOf {
    const { shape, scenario } = this;
    const vendor: Record<SystemId, string> = { erp: 'NetSuite', wms: shape.wmsVendor, storefront: 'Shopify' };
    switch (field) {
      case 'ts': {
        const format = instantFormatter(shape.timeStyle, shape.offsetMinutes);
        if (shape.timeStyle === 'epoch_ms' && shape.format === 'jsonl') return (event) => event.ts;
        return (event) => format(event.ts);
      }
      case 'path': {
        const text = pathText(shape.pathStyle, vendor);
        return (event) => text[event.path];
      }
      case 'source':
      case 'target': {
        const names = shape.pathStyle === 'columns_vendor' ? vendor : GENERIC;
        const end = field === 'source' ? 'from' : 'to';
        return (event) => names[PATH_ENDS[event.path][end]];
      }
      case 'flow': {
        const arrows = pathText('vendor_arrow', vendor);
        return shape.flowTitled
          ? (event) => `${FLOW_TITLE[event.kind] ?? event.kind} (${arrows[event.path]})`
          : (event) => FLOW_KEBAB[event.kind] ?? event.kind;
      }
      case 'type':
        return (event) => shape.types[event.detail ?? event.kind] ?? event.kind;
      case 'sku':
        return (event) => skuIn(scenario, event.path.startsWith('erp') ? 'erp' : 'wms', event.skuLoc);
      case 'location':
        return (event) => {
          const location = scenario.locations[event.skuLoc % scenario.locations.length];
          return (event.path.startsWith('erp') ? location?.erp : location?.wms) ?? null;
        };
      case 'qty':
        return (event) => (event.kind === 'shipment_confirm' ? shape.shipSign * event.qty : event.qty);
      case 'status':
        if (shape.httpStatusNumbers) return (event) => Number(shape.statuses[event.status]);
        return (event) => shape.statuses[event.status];
      case 'error_code':
        return (event) => event.errorCode;
      case 'error_message':
        return (event) => event.errorMessage;
      case 'correlation_id':
        return (event) => event.correlationId;
      case 'idempotency_key':
        return (event) => event.idempotencyKey;
      case 'record_ref':
        return (event) => (event.recordRef === '' ? null : event.recordRef);
      case 'trigger':
        return (event) => {
          const plan = scenario.paths[event.path];
          if (plan === undefined || shape.triggers === null) return null;
          return plan.mode === 'clock' ? shape.triggers.clock : shape.triggers.event;
        };
      case 'event_id':
        return () => eventId(shape.eventIdStyle, this.sequence);
    }
  }
}

function pathText(style: PathStyle, vendor: Record<SystemId, string>): Record<PathId, string> {
  const text = {} as Record<PathId, string>;
  for (const [path, { from, to }] of Object.entries(PATH_ENDS) as [PathId, { from: SystemId; to: SystemId }][]) {
    switch (style) {
      case 'angle':
        text[path] = `${GENERIC[from]} > ${GENERIC[to]}`.toUpperCase();
        break;
      case 'vendor_to':
        text[path] = `${vendor[from]}_to_${vendor[to]}`.toLowerCase();
        break;
      case 'vendor_arrow':
        text[path] = `${vendor[from]} -> ${vendor[to]}`;
        break;
      case 'unicode_arrow':
        text[path] = `${GENERIC[from]} → ${GENERIC[to]}`;
        break;
      default:
        text[path] = path;
    }
  }
  return text;
}

const ULID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function eventId(style: MiddlewareShape['eventIdStyle'], sequence: number): string | number {
  if (style === 'number') return 700000 + sequence;
  if (style === 'evt') return `evt-${String(sequence).padStart(7, '0')}`;
  let text = '';
  for (let rest = sequence; text.length < 8; rest = Math.floor(rest / 32)) text = (ULID_ALPHABET[rest % 32] ?? '0') + text;
  return `01HRX${text}`;
}
