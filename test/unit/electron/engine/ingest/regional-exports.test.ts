// AU/NZ 3PL exports, saved ShipHero GraphQL pages and wrapped event logs, each read by its preset with typed values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const REGIONAL = join(FIXTURES, 'regional');

describe('regional warehouse and integration exports', () => {
  const folder = tempFolder();

  /** A fresh case with one fixture imported; its outcome and the harness to read tables from. */
  const importOne = async (fileName: string, timeZones: string[] = [], from = REGIONAL) => {
    const harness = await engineWithCase(folder, `${fileName}.driftcase`);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(from, fileName)], timeZones }));
    return { harness, outcome: outcomeFor(summary, fileName) };
  };

  it('reads a pipe-delimited AU/NZ stock-on-hand report: SOH, Free Stock, On Hold, and a naive As At in the WMS zone', async () => {
    const { harness, outcome } = await importOne('akl-3pl-soh.txt', ['wms=Pacific/Auckland']);
    expect(outcome).toMatchObject({ presetId: 'wms-on-hand', system: 'wms', rowsSeen: 3, rowsLoaded: 3, rowsRejected: 0 });
    const snapshots = await rows(harness, 'snapshots');
    expect(snapshots.map((row) => [row.sku, row.location, row.on_hand, row.allocated, row.available, row.unavailable])).toEqual([
      ['FJH-MUG-SAGE', 'AKL1', 48, 6, 40, 2],
      ['FJH-THROW-OCH', 'AKL1', 12, 0, 12, 0],
      ['FJH-CANDLE-SEA', 'AKL1', 0, 0, 0, 0],
    ]);
    // Auckland is UTC+12 once daylight saving ends on 5 April 2026.
    expect(snapshots.map((row) => row.captured_at)).toEqual(Array(3).fill('2026-04-09 23:30:00+00'));
  });

  it('reads a 3PL transaction history with TranType codes, four-decimal quantities and 7-digit UTC fractions', async () => {
    const { harness, outcome } = await importOne('akl-3pl-transactions.csv');
    expect(outcome).toMatchObject({ presetId: 'wms-stock-movements', system: 'wms', rowsLoaded: 4, rowsRejected: 0 });
    const ledger = await rows(harness, 'ledger');
    expect(ledger.map((row) => [row.txn_id, row.ts, row.txn_type, row.txn_type_raw, row.sku, row.location, row.qty_delta, row.reference])).toEqual([
      ['880411', '2026-04-06 20:11:40.726593+00', 'ship', 'DESP', 'FJH-MUG-SAGE', 'AKL1', -2, 'SO105223'],
      ['880412', '2026-04-06 21:30:00+00', 'receipt', 'RECV', 'FJH-MUG-SAGE', 'AKL1', 24, 'PO4471'],
      ['880413', '2026-04-07 02:05:17.5+00', 'cycle_count', 'CC', 'FJH-THROW-OCH', 'AKL1', -1, 'CC-0407'],
      ['880414', '2026-04-07 03:45:09+00', 'damage', 'DMG', 'FJH-CANDLE-SEA', 'AKL1', -1, 'DMG-88'],
    ]);
    expect(ledger[0]?.ts_raw).toBe('2026-04-06T20:11:40.7265932Z');
  });

  it('reads the same history saved as JSON with .NET /Date(ms)/ times as UTC instants', async () => {
    const { harness, outcome } = await importOne('akl-3pl-transactions.json');
    expect(outcome).toMatchObject({ presetId: 'wms-stock-movements', system: 'wms', rowsLoaded: 3, rowsRejected: 0 });
    const ledger = await rows(harness, 'ledger');
    // 1774906964000 ms after the epoch is 2026-03-30 21:42:44 UTC; the rows are an hour apart.
    expect(ledger.map((row) => [row.txn_id, row.ts, row.txn_type, row.txn_type_raw, row.qty_delta, row.reference])).toEqual([
      ['880501', '2026-03-30 21:42:44+00', 'return', 'RTN', 1, 'RMA-311'],
      ['880502', '2026-03-30 22:42:44+00', 'transfer', 'XFER', -6, 'TO-2290'],
      ['880503', '2026-03-30 23:42:44+00', 'adjustment', 'ADJ', -2, 'ADJ-0331'],
    ]);
    expect(ledger[0]?.ts_raw).toBe('/Date(1774906964000)/');
  });

  it('reads saved ShipHero GraphQL inventory_changes pages, every node of every page', async () => {
    const { harness, outcome } = await importOne(
      'shiphero-inventory-changes-pages.json',
      [],
      join(FIXTURES, 'presets', 'shiphero-inventory-changes-graphql'),
    );
    expect(outcome).toMatchObject({ presetId: 'shiphero-inventory-changes-graphql', system: 'wms', rowsLoaded: 3, rowsRejected: 0 });
    const ledger = await rows(harness, 'ledger');
    // The document is the order the reason names, not its shipment number.
    expect(ledger.map((row) => [row.txn_id, row.ts, row.sku, row.location, row.qty_delta, row.txn_type, row.reference])).toEqual([
      ['SW52ZW50b3J5Q2hhbmdlOjMxMDAwMDE=', '2026-04-09 23:26:02+00', 'FJH-MUG-SAGE', 'V2FyZWhvdXNlOjIwNDE=', -2, 'ship', 'SO105223'],
      ['SW52ZW50b3J5Q2hhbmdlOjMxMDAwMDI=', '2026-04-09 23:41:37+00', 'FJH-THROW-OCH', 'V2FyZWhvdXNlOjIwNDE=', -1, 'ship', 'SO105224'],
      ['SW52ZW50b3J5Q2hhbmdlOjMxMDAwMDM=', '2026-04-10 04:05:59+00', 'FJH-MUG-SAGE', 'V2FyZWhvdXNlOjIwNDE=', -3, 'ship', 'SO105230'],
    ]);
  });

  it('reads a JSON-lines log whose records wrap what happened in an event object', async () => {
    const { harness, outcome } = await importOne('integration-log.jsonl');
    expect(outcome).toMatchObject({ presetId: 'generic-event-log', rowsLoaded: 3, rowsRejected: 0 });
    const events = await rows(harness, 'events');
    expect(events.map((row) => [row.ts, row.event_type, row.path, row.status, row.record_ref, row.idempotency_key, row.correlation_id])).toEqual([
      ['2026-03-31 00:03:57.013+00', 'shipment_confirm', 'wms->erp', 'success', 'SO104510', 'SH-SHIP-1', 'c1'],
      ['2026-03-31 00:04:12.4+00', 'shipment_confirm', 'wms->erp', 'error', 'SO104511', 'SH-SHIP-2', 'c2'],
      ['2026-03-31 01:15:00+00', 'order_release', 'erp->wms', 'success', 'SO104520', 'NS-REL-1', 'c3'],
    ]);
  });

  it('reads a 3PL named by its site ("akl3pl") as the WMS, in either direction', async () => {
    const { harness, outcome } = await importOne('akl3pl-sync-events.csv');
    expect(outcome).toMatchObject({ presetId: 'generic-event-log', rowsLoaded: 2, rowsRejected: 0 });
    const events = await rows(harness, 'events');
    expect(events.map((row) => [row.path_raw, row.path, row.event_type, row.record_ref])).toEqual([
      ['akl3pl->netsuite', 'wms->erp', 'shipment_confirm', 'SO105223'],
      ['netsuite->akl3pl', 'erp->wms', 'order_release', 'SO105240'],
    ]);
  });
});
