// NetSuite exports in seed-chosen layouts: the transaction saved search (streamed) and inventory by location.
import { join } from 'node:path';
import { DAY, MINUTE } from '../clock';
import { fileTruth, type GroundTruthFile } from '../ground-truth';
import type { ErpRow, SourceDocument } from '../model';
import { OutputFile } from '../output-file';
import type { Rng } from '../prng';
import { NETSUITE_TYPES } from '../raw-values';
import { skuIn, type Scenario } from '../scenario';
import type { Capture } from '../simulation/world';
import { TableWriter, type Cell, type PlannedMalformation } from '../table-writer';
import { usLocalDate, usLocalFormatter, type UsStyle } from '../time-format';

type TxnField =
  | 'created' | 'date' | 'type' | 'doc' | 'party' | 'item' | 'location' | 'qty' | 'ref' | 'status' | 'memo' | 'period';

const TXN_LAYOUTS: { field: TxnField; name: string }[][] = [
  [
    { field: 'created', name: 'Date Created' }, { field: 'date', name: 'Date' }, { field: 'type', name: 'Type' },
    { field: 'doc', name: 'Document Number' }, { field: 'party', name: 'Name' }, { field: 'item', name: 'Item' },
    { field: 'location', name: 'Location' }, { field: 'qty', name: 'Quantity' }, { field: 'ref', name: 'Created From' },
    { field: 'status', name: 'Status' }, { field: 'memo', name: 'Memo' },
  ],
  [
    { field: 'doc', name: 'Tran ID' }, { field: 'created', name: 'Transaction Date' }, { field: 'type', name: 'Type Code' },
    { field: 'item', name: 'Item Name/Number' }, { field: 'location', name: 'Inventory Location' },
    { field: 'qty', name: 'Qty' }, { field: 'ref', name: 'Reference' }, { field: 'status', name: 'Status' },
  ],
  [
    { field: 'doc', name: 'Transaction Number' }, { field: 'created', name: 'Date Created' },
    { field: 'type', name: 'Transaction Type' }, { field: 'item', name: 'Item Name' },
    { field: 'location', name: 'Location Name' }, { field: 'qty', name: 'Item Quantity' }, { field: 'ref', name: 'Created From' },
    { field: 'period', name: 'Posting Period' }, { field: 'memo', name: 'Memo' },
  ],
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const SOURCE_NAMES: Record<SourceDocument['kind'], string> = {
  purchase_order: 'Purchase Order',
  sales_order: 'Sales Order',
  cash_sale: 'Cash Sale',
  return_authorization: 'Return Authorization',
};

export interface NetsuiteShape {
  columns: { field: TxnField; name: string }[];
  typeCodes: boolean;
  quoteAll: boolean;
  timeStyle: UsStyle;
  fulfillmentSign: 1 | -1;
  inventoryLayout: 0 | 1 | 2;
  blankRowsForUnstocked: boolean;
  transactionsName: string;
  inventoryStem: string;
}

export function chooseNetsuiteShape(rng: Rng): NetsuiteShape {
  const layout = rng.int(0, TXN_LAYOUTS.length - 1);
  const columns = [...(TXN_LAYOUTS[layout] ?? [])];
  return {
    columns: rng.chance(0.4) ? rng.shuffle(columns) : columns,
    typeCodes: layout === 1 ? rng.chance(0.8) : rng.chance(0.2),
    quoteAll: rng.chance(0.5),
    timeStyle: rng.pick<UsStyle>(['h:mm am', 'h:mm am', 'h:mm:ss AM', 'HH:mm']),
    fulfillmentSign: rng.chance(0.5) ? 1 : -1,
    inventoryLayout: rng.pick([0, 1, 2] as const),
    blankRowsForUnstocked: rng.chance(0.3),
    transactionsName: rng.pick([
      'netsuite-transactions.csv',
      'NS_Transaction_Search_Results.csv',
      'erp_inventory_transactions.csv',
      'TransactionSearch.csv',
    ]),
    inventoryStem: rng.pick(['netsuite-inventory', 'InventoryByLocation', 'ns_item_location']),
  };
}

export class NetsuiteTransactions {
  private readonly file: OutputFile;
  private readonly table: TableWriter;
  private readonly cells: ((row: ErpRow) => Cell)[];

  constructor(
    private readonly shape: NetsuiteShape,
    private readonly scenario: Scenario,
    outDir: string,
    readonly relativePath: string,
    malformed: PlannedMalformation[],
  ) {
    this.file = new OutputFile(join(outDir, relativePath), false);
    const header = shape.columns.map((column) => column.name);
    const badTime = { index: shape.columns.findIndex((column) => column.field === 'created'), value: '2/30/2026 4:05 pm' };
    const format = { kind: 'delimited', delimiter: ',', quoteAll: shape.quoteAll, crlf: true, bom: true, header } as const;
    this.table = new TableWriter(this.file, format, malformed, badTime);
    this.cells = shape.columns.map((column) => this.cellFor(column.field));
  }

  write(row: ErpRow): void {
    this.table.row(this.cells.map((cell) => cell(row)));
  }

  drain(): Promise<void> {
    return this.file.drain();
  }

  async close(): Promise<GroundTruthFile> {
    const outcome = this.table.finish();
    await this.file.close();
    return fileTruth(this.relativePath, 'netsuite-transactions-csv', outcome);
  }

  private cellFor(field: TxnField): (row: ErpRow) => Cell {
    const { shape, scenario } = this;
    const offset = scenario.clock.offsetMinutes;
    const L = scenario.locations.length;
    switch (field) {
      case 'created': {
        const format = usLocalFormatter(shape.timeStyle, offset);
        return (row) => format(row.ts);
      }
      case 'date':
        return (row) => usLocalDate(row.ts, offset);
      case 'type':
        return (row) => NETSUITE_TYPES[row.kind][shape.typeCodes ? 1 : 0];
      case 'doc':
        return (row) => row.doc;
      case 'party':
        return (row) => row.party;
      case 'item':
        return (row) => skuIn(scenario, 'erp', row.skuLoc);
      case 'location':
        return (row) => scenario.locations[row.skuLoc % L]?.erp ?? null;
      case 'qty':
        return (row) => (row.kind === 'item_fulfillment' ? shape.fulfillmentSign * row.qty : row.qty);
      case 'ref': {
        const createdFrom = shape.columns.some((column) => column.name === 'Created From');
        return (row) => {
          if (row.createdFrom === null) return '';
          return createdFrom ? `${SOURCE_NAMES[row.createdFrom.kind]} #${row.createdFrom.number}` : row.createdFrom.number;
        };
      }
      case 'status':
        return (row) => row.status;
      case 'memo':
        return (row) => row.memo;
      case 'period':
        return (row) => {
          const local = new Date(row.ts + offset * MINUTE);
          return `${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
        };
    }
  }
}

const INVENTORY_LAYOUTS: string[][] = [
  [
    'Internal ID', 'Name', 'Description', 'Location', 'Location On Hand', 'Location Available', 'Location Committed',
    'Location On Order', 'Location Back Ordered', 'Last Modified',
  ],
  ['Type', 'Item Name/Number', 'Inventory Location', 'Available', 'On Hand', 'Committed', 'On Order', 'Date Last Modified'],
  ['Item', 'Display Name', 'Location', 'Quantity On Hand', 'Quantity Available', 'Quantity Committed'],
];

/** The ERP's inventory by location at its capture instant; the file carries no capture time of its own. */
export async function writeNetsuiteInventory(
  shape: NetsuiteShape,
  scenario: Scenario,
  capture: Capture,
  outDir: string,
  relativePath: string,
): Promise<GroundTruthFile> {
  const file = new OutputFile(join(outDir, relativePath), false);
  const header = INVENTORY_LAYOUTS[shape.inventoryLayout] ?? [];
  const format = { kind: 'delimited', delimiter: ',', quoteAll: shape.inventoryLayout === 0, crlf: true, bom: true, header } as const;
  const table = new TableWriter(file, format, [], { index: -1, value: '' });
  const time = usLocalFormatter(shape.timeStyle, scenario.clock.offsetMinutes);
  const L = scenario.locations.length;
  scenario.products.forEach((product, sku) => {
    scenario.locations.forEach((location, loc) => {
      const skuLoc = sku * L + loc;
      const item = skuIn(scenario, 'erp', skuLoc);
      const changed = capture.changed[skuLoc] ?? 0;
      const modified = time(changed > 0 ? changed : scenario.start - ((skuLoc % 17) + 1) * DAY);
      if (scenario.stocked[skuLoc] !== true) {
        if (shape.blankRowsForUnstocked && shape.inventoryLayout === 0) {
          const blank = [null, null, null, null, null];
          table.row([String(product.internalId), item, product.description, location.erp, ...blank, modified]);
        }
        return;
      }
      const onHand = capture.level[skuLoc] ?? 0;
      const committed = Math.max(0, capture.reserved[skuLoc] ?? 0);
      const available = Math.max(0, onHand - committed);
      const onOrder = capture.incoming[skuLoc] ?? 0;
      const cells: Cell[][] = [
        [
          String(product.internalId), item, product.description, location.erp, onHand, available, committed, onOrder, 0,
          modified,
        ],
        ['Inventory Item', item, location.erp, available, onHand, committed, onOrder, modified],
        [item, product.description, location.erp, onHand, available, committed],
      ];
      table.row(cells[shape.inventoryLayout] ?? []);
    });
  });
  const outcome = table.finish();
  await file.close();
  return fileTruth(relativePath, 'netsuite-inventory-csv', outcome, capture.at);
}
