// Every preset fixture, imported end to end: recognised as its own preset, every row loaded and typed as expected.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../../../../shared/model/import';
import { engineWithCase, unwrap, type EngineHarness } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const PRESET_FIXTURES = join(FIXTURES, 'presets');

describe('importing each preset fixture', () => {
  const folder = tempFolder();
  let harness: EngineHarness;
  let files: FileOutcome[];

  const query = async (table: string, filter: Record<string, string>) => {
    const page = unwrap(
      await harness.service.handlers.getTablePage({
        table,
        startRow: 0,
        endRow: 1000,
        sort: [{ column: 'line_number', direction: 'asc' }],
        filter: Object.fromEntries(
          Object.entries(filter).map(([column, value]) => [column, { filterType: 'text' as const, type: 'equals' as const, filter: value }]),
        ),
      }),
    );
    return page.rows;
  };
  const sourceIdOf = (relativePath: string) => {
    const index = files.findIndex((file) => file.relativePath === relativePath);
    if (index < 0) expect.fail(`no outcome for ${relativePath}`);
    return String(index + 1);
  };

  beforeAll(async () => {
    harness = await engineWithCase(folder);
    files = unwrap(
      await harness.service.handlers.importFiles({ paths: [PRESET_FIXTURES], timeZones: ['erp=America/Chicago', 'wms=UTC'] }),
    ).files;
  });

  it('recognises every fixture as the preset its folder is named after, and nothing in _unmatched', () => {
    const expected = readdirSync(PRESET_FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((folderEntry) =>
        readdirSync(join(PRESET_FIXTURES, folderEntry.name)).map((file) => [`${folderEntry.name}/${file}`, folderEntry.name]),
      );
    expect(files.map((file) => [file.relativePath, file.presetId ?? '_unmatched']).sort()).toEqual(expected.sort());
    for (const file of files) {
      expect(file.status, file.relativePath).toBe(file.presetId === null ? 'loaded_raw' : 'loaded');
      expect(file.rowsRejected, `${file.relativePath}: ${file.message}`).toBe(0);
      expect(file.rowsLoaded, file.relativePath).toBeGreaterThan(0);
    }
  });

  it('reads Shopify "Not stocked" cells as no figure, not as zero or a reject', async () => {
    const rows = await query('snapshots', { source_id: sourceIdOf('shopify-inventory-csv/all-quantity-types.csv'), sku: 'TEE-BLK-L' });
    expect(rows.map((row) => [row.location, row.on_hand, row.available, row.committed])).toEqual([
      ['Dallas DC', 60, 57, 3],
      ['Reno 3PL', null, null, null],
    ]);
  });

  it('keeps Shopify ids above 2^53 exact, as text', async () => {
    const rows = await query('snapshots', { source_id: sourceIdOf('shopify-inventory-levels-json/inventory-levels-update.jsonl') });
    expect(rows[0]).toMatchObject({ sku: '271878346596884015', location: '24826418', available: 112, last_modified: '2026-03-11 15:14:02+00' });
  });

  it('reads NetSuite US dates in the ERP zone and stores fulfillments as negative deltas', async () => {
    const rows = await query('ledger', { source_id: sourceIdOf('netsuite-transactions-csv/transactions-display-names.csv') });
    expect(rows.slice(0, 3).map((row) => [row.ts_raw, row.ts, row.txn_type, row.qty_delta])).toEqual([
      ['11/3/2026 4:05 pm', '2026-11-03 22:05:00+00', 'receipt', 48],
      ['11/3/2026 4:20 pm', '2026-11-03 22:20:00+00', 'order', 2],
      ['11/3/2026 5:02 pm', '2026-11-03 23:02:00+00', 'fulfillment', -2],
    ]);
  });

  it('finds the SKU of a Celigo error inside its nested export data', async () => {
    const rows = await query('events', { source_id: sourceIdOf('celigo-errors/errors.jsonl') });
    expect(rows.every((row) => row.status === 'error')).toBe(true);
    expect(rows.filter((row) => row.sku === 'TEE-BLK-M').length).toBeGreaterThan(0);
    expect(rows.map((row) => row.error_code)).toContain('ETIMEDOUT');
  });

  it('reads Boomi execution types as sync triggers', async () => {
    const rows = await query('events', { source_id: sourceIdOf('boomi-executions/executions.csv') });
    expect(new Set(rows.map((row) => row.trigger))).toEqual(new Set(['scheduled', 'manual', 'listener']));
    expect(rows.map((row) => row.status)).toContain('error');
  });

  it('reads Boomi document tracking: the tracked fields, the status, and times its column says are UTC', async () => {
    const outcome = files.find((file) => file.relativePath === 'boomi-documents/document-tracking.csv');
    expect(outcome?.tzRule).toBe('the time column says UTC (Date Processed (UTC))');
    expect(outcome?.warnings.join('; ')).not.toMatch(/read as UTC/);
    const rows = await query('events', { source_id: sourceIdOf('boomi-documents/document-tracking.csv') });
    expect(rows.map((row) => [row.ts, row.path, row.event_type, row.sku, row.qty, row.status, row.record_ref, row.idempotency_key])).toEqual([
      ['2026-03-06 15:15:08+00', 'erp->wms', 'receipt', 'TEE-BLK-M', 24, 'success', 'IR-20421', 'IR-20421:1'],
      ['2026-03-06 15:15:09+00', 'erp->wms', 'receipt', 'TEE-BLK-L', 18, 'error', 'IR-20421', 'IR-20421:2'],
      ['2026-03-06 15:30:02+00', 'erp->wms', 'order_release', 'TEE-WHT-S', 2, 'success', 'SO-48801', 'SO-48801:1'],
      ['2026-03-06 17:02:44+00', 'wms->erp', 'shipment_confirm', 'TEE-WHT-S', 2, 'success', 'SO-48801', 'SHP-9901:1'],
    ]);
    expect(rows[1]?.error_message).toBe('422 Unprocessable Entity; product not found');
  });

  it('reads a log that names its outcome in the event and keeps the document in tracked fields', async () => {
    const rows = await query('events', { source_id: sourceIdOf('generic-event-log/process-log-tracked.jsonl') });
    expect(rows.map((row) => [row.status, row.status_raw, row.correlation_id, row.idempotency_key, row.record_ref, row.sku])).toEqual([
      ['unknown', 'document.received', 'c-01', 'IR-20421:1', 'IR-20421', 'TEE-BLK-M'],
      ['success', 'document.sent', 'c-01', 'IR-20421:1', 'IR-20421', 'TEE-BLK-M'],
      ['error', 'document.error', 'c-02', 'IR-20421:2', 'IR-20421', 'TEE-BLK-L'],
    ]);
  });

  it('reads a SuiteQL pull by its field names: location names, not ids, and no stock move for authorisations', async () => {
    const rows = await query('ledger', { source_id: sourceIdOf('netsuite-transactions-csv/suiteql-transaction-lines.jsonl') });
    expect(rows.map((row) => [row.txn_id, row.txn_type, row.location, row.qty_delta, row.reference, row.ts])).toEqual([
      ['IR-20421', 'receipt', 'Dallas DC', 24, 'PO-7715', '2026-03-06 16:14:52+00'],
      ['RMA-3314', 'other', 'Dallas DC', 2, 'SO-46703', '2026-03-10 15:12:00+00'],
      ['IR-20448', 'receipt', 'Dallas DC', 2, 'RMA-3314', '2026-03-12 18:49:10+00'],
      ['TO-1042', 'other', 'Dallas DC', -6, null, '2026-03-11 13:00:00+00'],
      ['IF-39298', 'fulfillment', 'Dallas DC', -12, 'SO-49044', '2026-03-10 21:40:00+00'],
    ]);
  });

  it('reads a SuiteQL balance pull by the item’s name (itemid), not its internal id (item)', async () => {
    const rows = await query('snapshots', { source_id: sourceIdOf('netsuite-inventory-csv/suiteql-inventory-balance.csv') });
    expect(rows.map((row) => [row.sku, row.location, row.on_hand, row.available, row.committed])).toEqual([
      ['TEE-BLK-M', 'Dallas DC', 51, 49, 2],
      ['TEE-WHT-S', 'Dallas DC', 8, 8, 0],
    ]);
  });

  it('reads NetSuite labels an account renamed: Created, Doc #, and Item SKU before the Item Name', async () => {
    const rows = await query('ledger', { source_id: sourceIdOf('netsuite-transactions-csv/transactions-relabelled.csv') });
    expect(rows.map((row) => [row.txn_id, row.ts, row.sku, row.txn_type, row.qty_delta])).toEqual([
      ['IF55988', '2026-10-30 15:12:00+00', 'CF-ETH-12', 'fulfillment', -24],
      ['IR20931', '2026-10-30 16:40:00+00', 'HS-GHOST-5', 'receipt', 24],
    ]);
  });

  it('reads ShipHero webhooks a sink stamped as levels of the updated warehouse at the time they arrived', async () => {
    const rows = await query('snapshots', { source_id: sourceIdOf('shiphero-inventory-update-webhooks/webhook-sink.jsonl') });
    expect(rows.map((row) => [row.sku, row.location, row.on_hand, row.available, row.captured_at])).toEqual([
      ['TEE-BLK-M', 'Dallas DC', 122, 120, '2026-10-26 12:51:23.391+00'],
      ['TEE-BLK-L', 'Dallas DC', 41, 41, '2026-10-26 12:51:23.391+00'],
      ['TEE-BLK-M', 'Dallas DC', 121, 119, '2026-10-26 13:36:18.774+00'],
    ]);
  });

  it('reads a ShipBob inventory history by its transaction types', async () => {
    const rows = await query('ledger', { source_id: sourceIdOf('wms-stock-movements/shipbob-inventory-history.csv') });
    expect(rows.map((row) => [row.txn_type, row.qty_delta, row.location])).toEqual([
      ['return', 2, 'Dallas (TX)'],
      ['ship', -2, 'Dallas (TX)'],
      ['receipt', 24, 'Dallas (TX)'],
      ['damage', -3, 'Dallas (TX)'],
    ]);
  });

  it('reads WMS reasons as transaction types with signed quantities', async () => {
    const rows = await query('ledger', { source_id: sourceIdOf('wms-inventory-changes/inventory-changes.csv') });
    expect(rows.slice(0, 4).map((row) => [row.txn_type, row.qty_delta])).toEqual([
      ['ship', -1],
      ['ship', -1],
      ['adjustment', -4],
      ['cycle_count', 2],
    ]);
  });
});
