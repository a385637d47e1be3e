// A 3PL's stock-movement log (movement codes, signed quantities) read as the warehouse's ledger, in its usual variations.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('warehouse stock movements', () => {
  const folder = tempFolder();

  it('reads a tab-separated movement log with short codes, day-first local times and a malformed line', async () => {
    const path = join(folder, 'HH01_movements.tsv');
    writeFileSync(
      path,
      'Date\tItem\tWarehouse\tMovement\tQty\tReference\tUser\r\n' +
        '23/03/2026 11:50\tFJH-THROW-OCH\tHH-01\tGI\t-3\tSO31018\tedi\r\n' +
        '24/03/2026 16:54\tfjh-candle-sea\tHH-01\tINV\t-2\tCC-HAM-9107\tjschulz\r\n' +
        '25/03/2026 09:00\tFJH-MUG\tHH-01\r\n' +
        '30/03/2026 08:15\tFJH-MUG\tHH-01\tGR\t24\tPO50406\tedi\r\n' +
        '31/03/2026 10:00\tFJH-MUG\tHH-01\tSCRAP\t-1\tDMG-7\tmk\r\n',
    );
    const harness = await engineWithCase(folder, 'movements.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], timeZones: ['wms=Europe/Berlin'] }));
    expect(outcomeFor(summary, 'HH01_movements.tsv')).toMatchObject({
      presetId: 'wms-stock-movements',
      system: 'wms',
      rowsSeen: 5,
      rowsLoaded: 4,
      rowsRejected: 1,
    });
    // Berlin is UTC+1 until 29 March, UTC+2 after.
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.txn_type, row.txn_type_raw, row.sku, row.qty_delta, row.reference])).toEqual([
      ['2026-03-23 10:50:00+00', 'ship', 'GI', 'FJH-THROW-OCH', -3, 'SO31018'],
      ['2026-03-24 15:54:00+00', 'cycle_count', 'INV', 'fjh-candle-sea', -2, 'CC-HAM-9107'],
      ['2026-03-30 06:15:00+00', 'receipt', 'GR', 'FJH-MUG', 24, 'PO50406'],
      ['2026-03-31 08:00:00+00', 'damage', 'SCRAP', 'FJH-MUG', -1, 'DMG-7'],
    ]);
    expect((await rows(harness, 'rejects')).map((row) => Number(row.line_number))).toEqual([4]);
  });

  it('reads an SAP-style export: movement type numbers, material, plant and material document, semicolons', async () => {
    const path = join(folder, 'MB51_export.csv');
    writeFileSync(
      path,
      'Material Document;Posting Date;Material;Plant;Movement Type;Quantity;Reference\n' +
        '4900001;2026-03-23T08:00:00Z;100-200;DE01;101;40;PO4500017\n' +
        '4900002;2026-03-23T09:30:00Z;100-200;DE01;601;-5;80001234\n' +
        '4900003;2026-03-24T07:00:00Z;100-200;DE01;701;2;PI-0007\n' +
        '4900004;2026-03-24T07:30:00Z;100-200;DE01;999;1;X\n',
    );
    const harness = await engineWithCase(folder, 'mb51.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'MB51_export.csv')).toMatchObject({ presetId: 'wms-stock-movements', rowsLoaded: 4 });
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_id, row.location, row.txn_type, row.txn_type_raw, row.qty_delta])).toEqual([
      ['4900001', 'DE01', 'receipt', '101', 40],
      ['4900002', 'DE01', 'ship', '601', -5],
      ['4900003', 'DE01', 'cycle_count', '701', 2],
      ['4900004', 'DE01', 'other', '999', 1],
    ]);
  });

  it('does not take a plain quantity for a stock move when no movement column says what moved', async () => {
    const path = join(folder, 'order_lines.csv');
    writeFileSync(path, 'Date,Item,Warehouse,Qty,Reference\n2026-03-23,FJH-MUG,HH-01,3,SO31018\n');
    const harness = await engineWithCase(folder, 'order-lines.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'order_lines.csv')?.presetId).not.toBe('wms-stock-movements');
  });

  it('reads a Manhattan PIX extract kept raw again by a mapping: compact date and time in two columns, the sign in its own column', async () => {
    const path = join(folder, 'PIX_OGD_20270112.csv');
    writeFileSync(
      path,
      '"TRAN_TYPE","TRAN_CODE","TRAN_NBR","WHSE","ITEM_NAME","INVN_ADJMT_TYPE","INVN_ADJMT_QTY","RSN_CODE","REF_FIELD_1","CREATE_DATE","CREATE_TIME"\n' +
        '"606","02","7702124","OGD","tr-bag20-reg        ","-","2","","SO-58234","20270112","051700"\n' +
        '"100","02","7702126","OGD","tr-jkt-dwn-m        ","+","1","RT","RMA-7713","20270112","053821"\n' +
        '"300","01","7702130","OGD","tr-bag20-reg        ","-","3","HS","","20270112","0905"\n' +
        '"300","01","7702131","OGD","tr-bag20-reg        ","-","x","CC","","2027011","090500"\n',
    );
    const mapping = join(folder, 'manhattan-pix.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        id: 'manhattan-pix',
        name: 'Manhattan PIX extract',
        system: 'wms',
        kind: 'ledger',
        fields: {
          txn_id: ['TRAN_NBR'],
          ts: { date: ['CREATE_DATE'], time: ['CREATE_TIME'] },
          txn_type: ['TRAN_TYPE'],
          sku: ['ITEM_NAME'],
          location: ['WHSE'],
          qty_delta: { column: ['INVN_ADJMT_QTY'], sign: ['INVN_ADJMT_TYPE'] },
          reference: ['REF_FIELD_1'],
        },
        values: { txn_type: { '606': 'ship', '100': 'receipt', '300': 'adjustment' } },
        timeZone: 'America/Denver',
      }),
    );
    const harness = await engineWithCase(folder, 'pix.driftcase');
    // Imported first as it comes: no preset reads it, so it is kept as a raw table.
    const first = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(first, 'PIX_OGD_20270112.csv')).toMatchObject({ status: 'loaded_raw', table: 'raw_pix_ogd_20270112' });
    expect(outcomeFor(unwrap(await harness.service.handlers.importFiles({ paths: [path] })), 'PIX_OGD_20270112.csv').status).toBe('already_imported');
    // Imported again with the consultant's mapping: read by it, in place of the raw table.
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], mappingPath: mapping }));
    expect(outcomeFor(summary, 'PIX_OGD_20270112.csv')).toMatchObject({ status: 'loaded', rowsSeen: 4, rowsLoaded: 3, rowsRejected: 1 });
    expect((await rows(harness, 'sources', 'source_id')).map((source) => [source.file_name, source.kind])).toEqual([['PIX_OGD_20270112.csv', 'ledger']]);
    expect(unwrap(await harness.service.handlers.listTables({})).map((table) => table.name)).not.toContain('raw_pix_ogd_20270112');
    // Mountain time is UTC-7 in January.
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_id, row.ts, row.txn_type, row.sku, row.qty_delta, row.reference])).toEqual([
      ['7702124', '2027-01-12 12:17:00+00', 'ship', 'tr-bag20-reg', -2, 'SO-58234'],
      ['7702126', '2027-01-12 12:38:21+00', 'receipt', 'tr-jkt-dwn-m', 1, 'RMA-7713'],
      ['7702130', '2027-01-12 16:05:00+00', 'adjustment', 'tr-bag20-reg', -3, null],
    ]);
    const [reject] = await rows(harness, 'rejects');
    expect(String(reject?.reason)).toContain('ts: cannot read "2027011 09:05:00" as a time');
    expect(String(reject?.reason)).toContain('qty_delta: "-x" is not a number');
  });
});
