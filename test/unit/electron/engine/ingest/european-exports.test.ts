// Exports a Dutch or German client hands over: translated NetSuite labels, dotted and dashed day-first dates,
// thousands grouped with points beside decimal commas, ShipBob's paged history, Shopify webhooks a sink wrapped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const PRESETS = join(FIXTURES, 'presets');

describe('European exports', () => {
  const folder = tempFolder();

  const importOne = async (path: string, timeZones: string[]) => {
    const harness = await engineWithCase(folder, `${path.replace(/[^a-z0-9]/gi, '-')}.driftcase`);
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(PRESETS, path)], timeZones }));
    return { harness, outcome: outcomeFor(summary, path.split('/').pop() ?? path) };
  };

  it('reads a Dutch NetSuite inventory search: 1.482 is fourteen hundred when the file writes prices as 3,20', async () => {
    const { harness, outcome } = await importOne('netsuite-inventory-csv/voorraad-per-locatie-nl.csv', ['erp=Europe/Amsterdam']);
    expect(outcome).toMatchObject({ presetId: 'netsuite-inventory-csv', rowsSeen: 3, rowsLoaded: 3, rowsRejected: 0 });
    const snapshots = await rows(harness, 'snapshots');
    expect(snapshots.map((row) => [row.sku, row.location, row.on_hand, row.available, row.committed, row.incoming, row.last_modified])).toEqual([
      ['00815-CORD', 'Tilburg DC', 140, 138, 2, 0, '2027-03-30 05:28:00+00'],
      ['DH-PEG-10', 'Tilburg DC', 1482, 1480, 2, 500, '2027-03-30 05:36:00+00'],
      ['DH-TNT-2P : DH-TNT-2P-GRN', 'ShipBob Duisburg (3PL)', 27, 27, 0, 0, '2027-03-29 16:20:00+00'],
    ]);
    expect(outcome?.warnings).toContain(
      'column "Voorhanden" groups thousands with points ("1.482" on line 3), read as whole thousands: the file\'s other columns write decimal commas ("3,20" in "Gem. kostprijs")',
    );
  });

  it('keeps 1.482 a decimal where no other column writes a decimal comma', async () => {
    const path = join(folder, 'points.csv');
    writeFileSync(path, 'Artikel;Locatie;Voorhanden;Prijs\nA-1;Tilburg DC;1.482;3.25\nA-2;Tilburg DC;2;4\n');
    const harness = await engineWithCase(folder, 'points.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect((await rows(harness, 'snapshots')).map((row) => row.on_hand)).toEqual([1.482, 2]);
  });

  it('reads a Dutch NetSuite transaction search: d-m-yyyy times in the account zone, a memo over two lines', async () => {
    const { harness, outcome } = await importOne('netsuite-transactions-csv/voorraadtransacties-nl.csv', ['erp=Europe/Amsterdam']);
    expect(outcome).toMatchObject({ presetId: 'netsuite-transactions-csv', rowsSeen: 3, rowsLoaded: 3, rowsRejected: 0 });
    const ledger = await rows(harness, 'ledger');
    // Amsterdam is UTC+1 until 28 March 2027, UTC+2 after.
    expect(ledger.map((row) => [row.txn_id, row.ts, row.txn_type, row.sku, row.location, row.qty_delta, row.reference])).toEqual([
      ['IF-88001', '2027-03-22 06:50:00+00', 'fulfillment', 'DH-PEG-10', 'ShipBob Duisburg (3PL)', -1, 'Sales Order #SO-2027-11002'],
      ['IR-24411', '2027-03-24 09:14:00+00', 'receipt', 'DH-TNT-2P : DH-TNT-2P-GRN', 'Tilburg DC', 6, 'Purchase Order #PO-2027-0288'],
      ['IR-24426', '2027-03-29 12:05:00+00', 'receipt', '04711-CARAB', 'Tilburg DC', 1, 'Return Authorization #RMA-2027-0190'],
    ]);
    // The 3PL connector's memo names the shipment by its bare number: the name the 3PL's own history gives it.
    expect(ledger.map((row) => row.alt_reference)).toEqual(['401577000', null, null]);
  });

  it('reads ShipBob inventory history pages: naive UTC with seven fractional digits, typed by event category', async () => {
    const { harness, outcome } = await importOne('../regional/shipbob-inventory-history.json', ['wms=UTC']);
    expect(outcome).toMatchObject({ presetId: 'wms-inventory-changes', rowsLoaded: 3, rowsRejected: 0 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.txn_type, row.sku, row.location, row.qty_delta, row.reference])).toEqual([
      ['2027-03-22 06:23:42.197726+00', 'pick', 'dh-peg-10', '287', -1, '401577000'],
      ['2027-03-22 08:54:47.902191+00', 'receipt', 'DH-JKT-RGN-M-BLK', '287', 12, '48190'],
      ['2027-03-23 10:02:11.5+00', 'return', 'DH-JKT-RGN-XL-BLK', '287', 1, '5501190'],
    ]);
  });

  it('reads Shopify webhooks a sink stored under payload, the item id kept as text', async () => {
    const { harness, outcome } = await importOne('shopify-inventory-levels-json/webhook-sink-payload.jsonl', []);
    expect(outcome).toMatchObject({ presetId: 'shopify-inventory-levels-json', rowsLoaded: 2 });
    expect((await rows(harness, 'snapshots')).map((row) => [row.sku, row.location, row.available, row.last_modified])).toEqual([
      ['45120933175099123', '72156111089', 15, '2027-03-23 00:06:05+00'],
      ['45120933119451', '72156111089', 79, '2027-03-23 00:06:06+00'],
    ]);
  });
});
