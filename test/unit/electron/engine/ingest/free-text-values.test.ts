// Values as real exports write them: accounting numbers, free-text reasons typed by their words, documents read out of text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { MappingFileError, parseMapping } from '../../../../../electron/engine/ingest/mapping-file';
import { ALLOWED_VALUES, VALUE_FIELDS, VALUE_WORD_ENTRIES } from '../../../../../electron/engine/ingest/vocabulary';
import valueMacrosSql from '../../../../../electron/engine/sql/value-macros.sql?raw';
import type { PageRow } from '../../../../../shared/model/page';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('ds_number', () => {
  let db: CaseDatabase;
  beforeAll(async () => {
    db = await CaseDatabase.open(':memory:');
    await db.run(valueMacrosSql);
  });
  afterAll(() => db.close());

  const read = async (raw: string | null): Promise<number | null> => {
    const [row] = await db.query<{ n: number | null }>('SELECT ds_number($raw) AS n', { raw });
    return row?.n ?? null;
  };

  it.each([
    ['12', 12],
    [' 7 ', 7],
    ['-3', -3],
    ['1,234.5', 1234.5],
    ['(3)', -3],
    ['(1,234.50)', -1234.5],
    [' ( 7 ) ', -7],
    ['(0)', 0],
    ['3-', -3],
    ['1,234.5-', -1234.5],
    ['$1,234.00', 1234],
    ['-$5', -5],
    ['($12.50)', -12.5],
    ['€12', 12],
    ['+1,234', 1234],
  ])('reads %j as %d', async (raw, value) => {
    expect(await read(raw)).toBe(value);
  });

  it.each([['(-3)'], ['-3-'], ['+3-'], ['(3'], ['3)'], ['()'], ['$'], ['1,5'], ['12,34'], ['1 234'], ['--3'], ['abc'], ['']])(
    'leaves the ambiguous or unreadable %j unread',
    async (raw) => {
      expect(await read(raw)).toBeNull();
    },
  );
});

describe('decimal commas', () => {
  let db: CaseDatabase;
  beforeAll(async () => {
    db = await CaseDatabase.open(':memory:');
    await db.run(valueMacrosSql);
  });
  afterAll(() => db.close());

  const read = async (raw: string): Promise<{ mark: string | null; comma: number | null }> => {
    const [row] = await db.query<{ mark: string | null; comma: number | null }>(
      'SELECT ds_decimal_mark($raw) AS mark, ds_number_decimal_comma($raw) AS comma',
      { raw },
    );
    return { mark: row?.mark ?? null, comma: row?.comma ?? null };
  };

  it.each([
    ['3,5', 'comma', 3.5],
    ['0,000', 'comma', 0],
    ['1.234,50', 'comma', 1234.5],
    ['(1.250,5)', 'comma', -1250.5],
    ['-3,25', 'comma', -3.25],
    ['€ 1.234,00', 'comma', 1234],
    ['5,000', null, 5],
    ['5,000-', null, -5],
    ['1.250', null, 1250],
    ['12', null, 12],
    ['3.0000', 'point', null],
    ['1,234.5', 'point', null],
    ['12.5', 'point', null],
    ['0.5', 'point', null],
  ])('%j settles %s and reads with a decimal comma as %s', async (raw, mark, comma) => {
    expect(await read(raw)).toEqual({ mark, comma });
  });
});

const countBy = (list: PageRow[], key: (row: PageRow) => unknown): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const row of list) counts[String(key(row))] = (counts[String(key(row))] ?? 0) + 1;
  return counts;
};

describe('NetSuite saved searches', () => {
  const folder = tempFolder();

  it('reads negatives in parentheses and quoted thousands, and keeps fulfillments negative', async () => {
    const harness = await engineWithCase(folder, 'netsuite.driftcase');
    const file = join(folder, 'ledger.csv');
    writeFileSync(
      file,
      '\uFEFFDate,Type,Document Number,Item,Location,Quantity,Date Created\r\n' +
        '3/2/2026,Inventory Adjustment,ADJ1,NW-TEE : NW-TEE-BLK-M,Reno Warehouse,(5),3/2/2026 1:45 pm\r\n' +
        '3/2/2026,Item Fulfillment,IF1,NW-TEE : NW-TEE-BLK-M,Reno Warehouse,(2),3/2/2026 2:15 pm\r\n' +
        '3/2/2026,Item Receipt,IR1,NW-TEE : NW-TEE-BLK-M,Reno Warehouse,"1,200",3/2/2026 3:00 pm\r\n' +
        '3/2/2026,Inventory Adjustment,ADJ2,NW-TEE : NW-TEE-BLK-M,Reno Warehouse,"(1,234.50)",3/2/2026 4:00 pm\r\n',
    );
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file], timeZones: ['UTC'] }));
    expect(outcomeFor(summary, 'ledger.csv')).toMatchObject({ presetId: 'netsuite-transactions-csv', rowsLoaded: 4, rowsRejected: 0 });
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_type, row.qty_delta])).toEqual([
      ['adjustment', -5],
      ['fulfillment', -2],
      ['receipt', 1200],
      ['adjustment', -1234.5],
    ]);
  });

  it('recognises a header-only inventory-adjustment search by its "Adjust Qty. By" column', async () => {
    const harness = await engineWithCase(folder, 'adjustments.driftcase');
    const file = join(folder, 'InventoryAdjustments_NoResults.csv');
    writeFileSync(file, '\uFEFFDate,Type,Document Number,Item,Location,Adjust Qty. By,Memo\r\n');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file], timeZones: ['UTC'] }));
    expect(outcomeFor(summary, 'InventoryAdjustments_NoResults.csv')).toMatchObject({
      status: 'loaded',
      presetId: 'netsuite-transactions-csv',
      rowsLoaded: 0,
      rowsRejected: 0,
    });
  });
});

describe('warehouse change logs with free-text reasons', () => {
  const folder = tempFolder();
  const header = 'created_at,warehouse,sku,change_in_on_hand,on_hand,reason,cycle_counted\n';
  const line = (minute: number, change: number, reason: string, counted = 'FALSE') =>
    `2026-03-02T10:${String(minute % 60).padStart(2, '0')}:00Z,RNO2,NW-TEE-BLK-M,${change},100,"${reason}",${counted}\n`;
  /** Reasons whose words name a type, exact vocabulary entries that words would read otherwise, and words-free text. */
  const reasons: [string, string, string | null][] = [
    ['Order #NW10240 shipped', 'ship', '#NW10240'],
    ['Received PO PO1041', 'receipt', 'PO1041'],
    ['Return RMA3302 restocked', 'return', 'RMA3302'],
    ['Cycle count, by jdoe', 'cycle_count', null],
    ['Damaged in transit, SO-1234', 'damage', 'SO-1234'],
    ['Account correction', 'adjustment', null],
    ['Moved 100 units to overflow', 'other', null],
    ['Inventory sync from NetSuite (reorder point recalculation)', 'other', null],
    ['Vendor Return Authorization', 'other', null],
    ['Bin Putaway Worksheet', 'transfer', null],
    ['IF30235 fulfilled', 'fulfillment', 'IF30235'],
  ];

  const imported = async (name: string, content: string) => {
    const harness = await engineWithCase(folder, `${name}.driftcase`);
    const file = join(folder, name);
    writeFileSync(file, content);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file], timeZones: ['UTC'] }));
    expect(outcomeFor(summary, name)).toMatchObject({ presetId: 'wms-inventory-changes', rowsRejected: 0 });
    return rows(harness, 'ledger');
  };

  it('types a reason by its words when no exact entry holds it, and reads the document in it (CASE path)', async () => {
    const ledger = await imported('few-reasons.csv', header + reasons.map(([reason], i) => line(i, -1, reason)).join(''));
    expect(ledger.map((row) => [row.txn_type_raw, row.txn_type, row.reference])).toEqual(reasons);
  });

  it('does the same for a log with a distinct reason per order (join path)', async () => {
    const orders = Array.from({ length: 240 }, (_, i) => line(i, -1, `Order #NW${10000 + i} shipped`));
    const ledger = await imported('many-reasons.csv', header + [...orders, ...reasons.map(([reason], i) => line(i, -1, reason))].join(''));
    expect(ledger).toHaveLength(240 + reasons.length);
    expect(ledger.slice(240).map((row) => [row.txn_type_raw, row.txn_type, row.reference])).toEqual(reasons);
    expect(countBy(ledger.slice(0, 240), (row) => row.txn_type)).toEqual({ ship: 240 });
    expect(ledger[17]).toMatchObject({ reference: '#NW10017', ref_key: 'NW10017' });
  });

  it('types a cycle count the same whether cycle_counted is text in a CSV or a boolean in JSON', async () => {
    const csv = await imported('counted.csv', header + line(0, 2, 'Cycle count, by jdoe', 'TRUE') + line(1, -1, 'Cycle count', 'true'));
    const json = await imported(
      'counted.ndjson',
      [
        { sku: 'NW-TEE-BLK-M', warehouse_id: 'V2FyZWhvdXNlOjc2NzMz', change_in_on_hand: 2, reason: 'Cycle count', cycle_counted: true },
        { sku: 'NW-TEE-BLK-M', warehouse_id: 'V2FyZWhvdXNlOjc2NzMz', change_in_on_hand: -1, reason: 'Cycle count, by jdoe', cycle_counted: true },
      ]
        .map((record) => JSON.stringify({ ...record, created_at: '2026-03-02T18:31:59+00:00' }))
        .join('\n'),
    );
    expect(csv.map((row) => row.txn_type)).toEqual(['cycle_count', 'cycle_count']);
    expect(json.map((row) => row.txn_type)).toEqual(['cycle_count', 'cycle_count']);
  });

  it('reads a row\'s own reference first and the document in its reason only where that is empty', async () => {
    const ledger = await imported(
      'with-reference.csv',
      'created_at,warehouse,sku,change_in_on_hand,reason,reference\n' +
        '2026-03-02T10:00:00Z,RNO2,NW-TEE-BLK-M,-1,Order #NW10240 shipped,SO-77\n' +
        '2026-03-02T10:01:00Z,RNO2,NW-TEE-BLK-M,3,Received PO PO1041,\n',
    );
    expect(ledger.map((row) => row.reference)).toEqual(['SO-77', 'PO1041']);
  });

  it('reads a second document in parentheses as the ERP\'s name for it, digit groups and all', async () => {
    const ledger = await imported(
      'second-document.csv',
      header +
        line(0, -2, 'Order shipped: DH10009 (SO-2027-11009)') +
        line(1, 24, 'Receipt IR-20890 (PO-6163)') +
        line(2, -1, 'Damaged (forklift)') +
        line(3, -1, 'Order SO-2027-11010 shipped'),
    );
    expect(ledger.map((row) => [row.reference, row.alt_reference, row.alt_ref_key])).toEqual([
      ['DH10009', 'SO-2027-11009', 'SO202711009'],
      ['IR-20890', 'PO-6163', 'PO6163'],
      [null, null, null],
      ['SO-2027-11010', null, null],
    ]);
  });
});

describe('pattern rules and alternatives in mapping files', () => {
  const folder = tempFolder();
  const base = { id: 'relay-log', name: 'Relay log', system: 'middleware', kind: 'events' };
  const problems = (fields: Record<string, unknown>): string[] => {
    try {
      parseMapping({ ...base, fields: { ts: ['time'], ...fields } }, 'test.json');
    } catch (error) {
      if (error instanceof MappingFileError) return error.problems;
      throw error;
    }
    return [];
  };

  it('accepts a pattern with one capture group, alone or among alternatives', () => {
    expect(problems({ record_ref: { column: ['message'], pattern: '(?i)order\\s+#?([A-Z0-9-]+)' } })).toEqual([]);
    expect(problems({ record_ref: { first: [['ref'], { column: ['message'], pattern: '(?P<doc>PO[0-9]+)' }, { constant: 'none' }] } })).toEqual(
      [],
    );
  });

  it('names what is wrong with a pattern or a list of alternatives', () => {
    expect(
      problems({
        record_ref: { column: ['message'], pattern: 'PO[0-9]+' },
        idempotency_key: { column: ['message'], pattern: '(PO)([0-9]+)' },
        correlation_id: { column: ['message'], pattern: '(?=x)(y)' },
        flow: { column: ['message'], pattern: '[(](x)' },
        sku: { first: [] },
        location: { first: [['a'], { first: [['b']] }] },
      }),
    ).toEqual([
      'fields.record_ref.pattern: expected a regular expression with one capture group, the value to read, such as "#([0-9]+)"',
      'fields.idempotency_key.pattern: expected a regular expression with one capture group, the value to read, such as "#([0-9]+)"',
      'fields.correlation_id.pattern: look-arounds and back-references are not available (patterns use RE2 syntax)',
      'fields.sku.first: list at least one rule',
      'fields.location.first[1]: expected a list of column names, {"column": [...], "json": "$.path"}, {"column": [...], "pattern": "regex"}, {"column": [...], "sign": [...]}, {"column": [...], "when": [...], "is": [...]}, {"date": [...], "time": [...]} or {"constant": "value"}; got keys first',
    ]);
  });

  it('imports with a user mapping: each record takes the first alternative that gives it a value', async () => {
    const harness = await engineWithCase(folder, 'relay.driftcase');
    const mapping = join(folder, 'relay.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        ...base,
        fields: {
          ts: ['time'],
          record_ref: { first: [['ref'], { column: ['message'], pattern: 'order #?([A-Z]+[0-9]+)' }, { constant: 'none' }] },
        },
      }),
    );
    const file = join(folder, 'relay.csv');
    writeFileSync(
      file,
      'time,ref,message\n2026-03-02T10:00:00Z,SO-1,order NW1 sent\n2026-03-02T10:01:00Z,,order #NW2 sent\n2026-03-02T10:02:00Z,,heartbeat\n',
    );
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [file], mappingPath: mapping }));
    expect(outcomeFor(summary, 'relay.csv')).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
    expect((await rows(harness, 'events')).map((row) => row.record_ref)).toEqual(['SO-1', 'NW2', 'none']);
  });
});

describe('word lists', () => {
  it('name only values the model allows', () => {
    for (const field of VALUE_FIELDS) {
      const stray = VALUE_WORD_ENTRIES[field].map((entry) => entry.split('|')[0]).filter((value) => !ALLOWED_VALUES[field].includes(value ?? ''));
      expect(stray, field).toEqual([]);
    }
  });
});
