// WMS exports in ShipHero or ShipBob style: the inventory-change ledger (streamed) and the on-hand snapshot.
import { join } from 'node:path';
import { DAY } from '../clock';
import { fileTruth, type GroundTruthFile } from '../ground-truth';
import type { WmsKind, WmsRow } from '../model';
import { OutputFile } from '../output-file';
import type { Rng } from '../prng';
import { WMS_CONSUMPTION_UNKNOWN, WMS_REASONS } from '../raw-values';
import { skuIn, type Scenario } from '../scenario';
import type { Capture } from '../simulation/world';
import { TableWriter, type Cell, type Malformation, type PlannedMalformation, type TableFormat } from '../table-writer';
import { instantFormatter, type TimeStyle } from '../time-format';

type LedgerLayout = 'shiphero-jsonl' | 'shiphero-csv' | 'shipbob-csv';
type SnapshotLayout = 'shiphero-csv' | 'shipbob-csv' | 'shiphero-jsonl';
type ReferenceStyle = 'plain' | 'hyphen' | 'hash' | 'lower';

export interface WmsShape {
  vendor: 'ShipHero' | 'ShipBob';
  ledger: LedgerLayout;
  snapshot: SnapshotLayout;
  delimiter: string;
  timeStyle: TimeStyle;
  offsetMinutes: number;
  reasons: Record<WmsKind, string>;
  referenceStyle: ReferenceStyle;
  referenceName: string;
  capturedName: string;
  ledgerName: string;
  snapshotStem: string;
}

export function chooseWmsShape(rng: Rng): WmsShape {
  const vendor = rng.chance(0.65) ? 'ShipHero' : 'ShipBob';
  const ledger = rng.pick<LedgerLayout>(vendor === 'ShipHero' ? ['shiphero-jsonl', 'shiphero-csv'] : ['shiphero-csv', 'shipbob-csv']);
  const snapshot: SnapshotLayout = vendor === 'ShipHero' ? rng.pick(['shiphero-csv', 'shiphero-jsonl']) : 'shipbob-csv';
  const reasons = {} as Record<WmsKind, string>;
  for (const [kind, { spellings }] of Object.entries(WMS_REASONS) as [WmsKind, { spellings: readonly string[] }][]) {
    reasons[kind] = rng.pick(spellings);
  }
  if (rng.chance(0.5)) reasons.consumption = rng.pick(WMS_CONSUMPTION_UNKNOWN);
  const timeStyle = rng.pick<TimeStyle>(['iso_z', 'iso_z_ms', 'iso_offset']);
  const jsonl = ledger === 'shiphero-jsonl';
  return {
    vendor,
    ledger,
    snapshot,
    delimiter: vendor === 'ShipBob' ? rng.pick([';', ',']) : ',',
    timeStyle,
    offsetMinutes: timeStyle === 'iso_offset' ? rng.pick([0, -420, -480, -300]) : 0,
    reasons,
    referenceStyle: rng.pick<ReferenceStyle>(['plain', 'hyphen', 'hash', 'lower']),
    referenceName: ledger === 'shipbob-csv' ? 'document' : rng.pick(['reference', 'order_number', 'po_number']),
    capturedName: rng.pick(['captured_at', 'snapshot_at', 'exported_at', 'as_of']),
    ledgerName: rng.pick(jsonl ? LEDGER_NAMES.jsonl : LEDGER_NAMES.csv),
    snapshotStem: rng.pick(['on-hand', 'inventory_snapshot', 'wms_inventory', 'stock-levels']),
  };
}

const LEDGER_NAMES = {
  jsonl: ['inventory-changes.jsonl', 'shiphero_inventory_changes.ndjson'],
  csv: ['inventory_changes.csv', 'inventory-history.csv', 'stock_movements.csv'],
};

/** `PO12345` as this WMS writes it: as is, `PO-12345`, `#PO12345` or `po12345`. */
function respell(reference: string, style: ReferenceStyle): string {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  if (match === null) return reference;
  switch (style) {
    case 'plain':
      return reference;
    case 'hyphen':
      return `${match[1]}-${match[2]}`;
    case 'hash':
      return `#${reference}`;
    case 'lower':
      return reference.toLowerCase();
  }
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');

export class WmsLedger {
  private readonly file: OutputFile;
  private readonly table: TableWriter;
  private readonly encode: (row: WmsRow) => Cell[];

  constructor(
    private readonly shape: WmsShape,
    private readonly scenario: Scenario,
    outDir: string,
    readonly relativePath: string,
    rng: Rng,
  ) {
    const jsonl = shape.ledger === 'shiphero-jsonl';
    this.file = new OutputFile(join(outDir, relativePath), relativePath.endsWith('.gz'));
    const time = instantFormatter(shape.timeStyle, shape.offsetMinutes);
    const L = scenario.locations.length;
    const sku = (row: WmsRow): string => skuIn(scenario, 'wms', row.skuLoc);
    const warehouse = (row: WmsRow): string => scenario.locations[row.skuLoc % L]?.wms ?? '';
    const reference = (row: WmsRow): string | null =>
      row.reference === null ? null : respell(row.reference, shape.referenceStyle);
    const account = base64(`Account:${rng.int(100, 999)}`);
    const users = [base64(`User:${rng.int(100, 999)}`), base64(`User:${rng.int(100, 999)}`)];
    let format: TableFormat;
    switch (shape.ledger) {
      case 'shiphero-jsonl':
        format = {
          kind: 'jsonl',
          keys: [
            'id', 'legacy_id', 'account_id', 'user_id', 'warehouse_id', 'warehouse', 'sku', 'previous_on_hand',
            'change_in_on_hand', 'reason', 'cycle_counted', 'location_id', 'lot_id', 'lot_name', 'created_at', shape.referenceName,
          ],
        };
        this.encode = (row) => [
          base64(`InventoryChange:${row.changeId}`), row.changeId, account, users[row.changeId % 2] ?? null,
          base64(`Warehouse:${1170 + (row.skuLoc % L)}`), warehouse(row), sku(row), row.previous, row.delta,
          shape.reasons[row.kind], row.kind === 'cycle_count', base64(`Bin:${5500 + (row.skuLoc % 97)}`), null, null,
          time(row.ts), reference(row),
        ];
        break;
      case 'shiphero-csv':
        format = delimited(shape.delimiter, [
          'created_at', 'sku', 'warehouse', 'change_in_on_hand', 'previous_on_hand', 'reason', 'cycle_counted',
          shape.referenceName, 'legacy_id',
        ]);
        this.encode = (row) => [
          time(row.ts), sku(row), warehouse(row), row.delta, row.previous, shape.reasons[row.kind], row.kind === 'cycle_count',
          reference(row), row.changeId,
        ];
        break;
      case 'shipbob-csv':
        format = delimited(shape.delimiter, [
          'change_id', 'changed_at', 'sku', 'location_name', 'quantity_change', 'reason_code', shape.referenceName,
        ]);
        this.encode = (row) => [
          row.changeId, time(row.ts), sku(row), warehouse(row), row.delta, shape.reasons[row.kind], reference(row),
        ];
        break;
    }
    const timeIndex = jsonl ? 14 : shape.ledger === 'shiphero-csv' ? 0 : 1;
    const kinds: Malformation[] = jsonl ? ['truncated_json'] : ['too_many_fields', 'bad_time'];
    const malformed: PlannedMalformation[] = Array.from({ length: rng.int(0, 2) }, () => ({
      afterRecord: rng.int(15, 400),
      kind: rng.pick(kinds),
    }));
    this.table = new TableWriter(this.file, format, malformed, { index: timeIndex, value: '2026-13-45T10:00:00Z' });
  }

  write(row: WmsRow): void {
    this.table.row(this.encode(row));
  }

  drain(): Promise<void> {
    return this.file.drain();
  }

  async close(): Promise<GroundTruthFile> {
    const outcome = this.table.finish();
    await this.file.close();
    return fileTruth(this.relativePath, 'wms-inventory-changes', outcome);
  }
}

function delimited(delimiter: string, header: string[]): TableFormat {
  return { kind: 'delimited', delimiter, quoteAll: false, crlf: false, bom: false, header };
}

/** The WMS on-hand snapshot, with its capture instant in a column of its own. */
export async function writeWmsSnapshot(
  shape: WmsShape,
  scenario: Scenario,
  capture: Capture,
  outDir: string,
  relativePath: string,
  rng: Rng,
): Promise<GroundTruthFile> {
  const file = new OutputFile(join(outDir, relativePath), false);
  const time = instantFormatter(shape.timeStyle, shape.offsetMinutes);
  const captured = time(capture.at);
  let format: TableFormat;
  let encode: (skuLoc: number, onHand: number, allocated: number, updated: string) => Cell[];
  const L = scenario.locations.length;
  const product = (skuLoc: number) => scenario.products[Math.floor(skuLoc / L)];
  const warehouse = (skuLoc: number): string => scenario.locations[skuLoc % L]?.wms ?? '';
  switch (shape.snapshot) {
    case 'shiphero-csv':
      format = delimited(',', [
        'sku', 'warehouse', 'on_hand', 'allocated', 'available', 'reserve', 'backorder', 'sell_ahead', 'non_sellable', 'updated_at',
        shape.capturedName,
      ]);
      encode = (skuLoc, onHand, allocated, updated) => [
        skuIn(scenario, 'wms', skuLoc), warehouse(skuLoc), onHand, allocated, Math.max(0, onHand - allocated), 0, 0, 0, 0, updated, captured,
      ];
      break;
    case 'shipbob-csv':
      format = delimited(shape.delimiter, [
        'inventory_id', 'name', 'sku', 'fulfillment_center', 'total_on_hand_quantity', 'total_committed_quantity',
        'total_fulfillable_quantity', 'total_sellable_quantity', 'total_awaiting_quantity', 'total_backordered_quantity',
        'total_exception_quantity', 'total_internal_transfer_quantity', shape.capturedName,
      ]);
      encode = (skuLoc, onHand, allocated) => {
        const fulfillable = Math.max(0, onHand - allocated);
        return [
          4410000 + skuLoc, product(skuLoc)?.description ?? '', skuIn(scenario, 'wms', skuLoc), warehouse(skuLoc), onHand, allocated,
          fulfillable, fulfillable, 0, 0, 0, 0, captured,
        ];
      };
      break;
    case 'shiphero-jsonl':
      format = {
        kind: 'jsonl',
        keys: [
          'sku', 'warehouse_id', 'warehouse_identifier', 'on_hand', 'allocated', 'available', 'reserve', 'backorder', 'updated_at',
          shape.capturedName,
        ],
      };
      encode = (skuLoc, onHand, allocated, updated) => [
        skuIn(scenario, 'wms', skuLoc), base64(`Warehouse:${1170 + (skuLoc % L)}`), warehouse(skuLoc), String(onHand), String(allocated),
        String(Math.max(0, onHand - allocated)), '0', '0', updated, captured,
      ];
      break;
  }
  const jsonl = format.kind === 'jsonl';
  const malformed: PlannedMalformation[] = rng.chance(0.3)
    ? [{ afterRecord: rng.int(10, 60), kind: jsonl ? 'truncated_json' : 'too_many_fields' }]
    : [];
  const table = new TableWriter(file, format, malformed, { index: -1, value: '' });
  for (let skuLoc = 0; skuLoc < scenario.stocked.length; skuLoc += 1) {
    if (scenario.stocked[skuLoc] !== true) continue;
    const changed = capture.changed[skuLoc] ?? 0;
    const updated = time(changed > 0 ? changed : scenario.start - ((skuLoc % 11) + 1) * DAY + (skuLoc % 7) * 3_600_000);
    table.row(encode(skuLoc, capture.level[skuLoc] ?? 0, Math.max(0, capture.reserved[skuLoc] ?? 0), updated));
  }
  const outcome = table.finish();
  await file.close();
  return fileTruth(relativePath, 'wms-on-hand', outcome, capture.at);
}
