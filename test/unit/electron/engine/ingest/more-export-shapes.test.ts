// Export shapes a second unseen client dump brought: ShipBob's inventory history, a UK NetSuite transaction search,
// and an in-house middleware log with plain column names.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('more export shapes', () => {
  const folder = tempFolder();

  it('reads ShipBob’s inventory history: the fulfillment center’s name, the transaction type and the reference id', async () => {
    const path = join(folder, 'inventory_history_188.ndjson');
    const line = (timestamp: number, type: string, change: number, reference: object) =>
      JSON.stringify({
        timestamp,
        inventory_id: 4410070,
        sku: 'FJH-VASE-MED',
        fulfillment_center: { id: 188, name: 'Daventry (UK)' },
        transaction_type: type,
        quantity_change: change,
        on_hand_after: 99,
        reference,
      });
    writeFileSync(
      path,
      [line(1774262578, 'Cycle Count', 1, { type: 'Adjustment', id: 'CC-DAV-9101' }), line(1774274492, 'Order', -2, { type: 'Order', id: 'SO31008' })].join('\n') + '\n',
    );
    const harness = await engineWithCase(folder, 'shipbob-history.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'inventory_history_188.ndjson')).toMatchObject({ presetId: 'wms-inventory-changes', rowsLoaded: 2 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.location, row.txn_type, row.qty_delta, row.reference])).toEqual([
      ['2026-03-23 10:42:58+00', 'Daventry (UK)', 'cycle_count', 1, 'CC-DAV-9101'],
      ['2026-03-23 14:01:32+00', 'Daventry (UK)', 'ship', -2, 'SO31008'],
    ]);
  });

  it('recognises a UK NetSuite transaction search: Trans Type, Ref No, day-first dates, a document in the memo', async () => {
    const path = join(folder, 'TransactionSearch.csv');
    writeFileSync(
      path,
      '\uFEFFTransaction Date,Trans Type,Ref No,Item,Qty,Inventory Location,Created From,Memo\r\n' +
        '23/03/2026 10:44,Inventory Adjustment,ADJ9101,FJH-VASE-MED,1,UK - Daventry DC,,Cycle count CC-DAV-9101 via Boomi\r\n' +
        '23/03/2026 10:51,Item Fulfilment,IF77004,FJH-VASE-MED,3,DE - Hamburg (3PL),Sales Order #SO31018,Shopify order #FH1518\r\n',
    );
    const harness = await engineWithCase(folder, 'netsuite-uk.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path], timeZones: ['erp=Europe/London'] }));
    expect(outcomeFor(summary, 'TransactionSearch.csv')).toMatchObject({ presetId: 'netsuite-transactions-csv', rowsLoaded: 2 });
    expect((await rows(harness, 'ledger')).map((row) => [row.txn_id, row.ts, row.txn_type, row.qty_delta, row.alt_reference])).toEqual([
      ['ADJ9101', '2026-03-23 10:44:00+00', 'adjustment', 1, 'CC-DAV-9101'],
      ['IF77004', '2026-03-23 10:51:00+00', 'fulfillment', -3, '#FH1518'],
    ]);
  });

  it('reads an in-house middleware log’s item and correlation columns', async () => {
    const path = join(folder, 'integration_events_export.csv');
    writeFileSync(
      path,
      'timestamp,direction,integration,item,qty,result,error,correlation,warehouse,document\n' +
        '2026-03-23T10:43:30+00:00,ShipBob>NetSuite,Inventory Adjustment,FJH-VASE-MED,1,success,,adj-CC-DAV-9101,Daventry (UK),CC-DAV-9101\n',
    );
    const harness = await engineWithCase(folder, 'in-house.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect((await rows(harness, 'events')).map((row) => [row.sku, row.correlation_id, row.record_ref])).toEqual([
      ['FJH-VASE-MED', 'adj-CC-DAV-9101', 'CC-DAV-9101'],
    ]);
  });

  it('keeps a refused line of a CRLF file as written, without the line break before it', async () => {
    const path = join(folder, 'crlf.tsv');
    writeFileSync(path, 'event_id\toccurred_at\tsku\tqty\r\nE1\t2026-03-01T00:00:00Z\tA\t1\r\nE2\t2026-03-01T00:00:00Z\tA\t1\textra\r\n');
    const harness = await engineWithCase(folder, 'crlf.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect((await rows(harness, 'rejects')).map((row) => [row.line_number, row.raw_line])).toEqual([['3', 'E2\t2026-03-01T00:00:00Z\tA\t1\textra']]);
  });
});
