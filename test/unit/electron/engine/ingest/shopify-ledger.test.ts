// Shopify's inventory ledger (InventoryChange rows, one quantity state each) read as the storefront's ledger, and the
// field rule behind it: a number that counts only on rows whose other column holds given values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const LEDGER = join(FIXTURES, 'presets', 'shopify-inventory-changes');

describe('Shopify inventory ledger', () => {
  const folder = tempFolder();

  it('counts on-hand changes, keeps the other states as rows of 0, and types each row by its document', async () => {
    const harness = await engineWithCase(folder, 'ledger.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(LEDGER, 'inventory_ledger.jsonl')] }));
    expect(outcomeFor(summary, 'inventory_ledger.jsonl')).toMatchObject({
      presetId: 'shopify-inventory-changes',
      rowsSeen: 6,
      rowsLoaded: 6,
      rowsRejected: 0,
    });
    const ledger = await rows(harness, 'ledger');
    expect(ledger.map((row) => [row.system, row.ts, row.txn_type, row.txn_type_raw, row.sku, row.location, row.qty_delta, row.reference, row.status])).toEqual([
      ['storefront', '2026-11-02 14:05:11+00', 'order', 'Order', 'KB-TENT-2P', 'Reno Warehouse', 0, '6021443001567', 'committed'],
      ['storefront', '2026-11-02 14:05:11+00', 'order', 'Order', 'KB-TENT-2P', 'Reno Warehouse', 0, '6021443001567', 'available'],
      ['storefront', '2026-11-02 19:40:00+00', 'ship', 'Fulfillment', 'KB-TENT-2P', 'Reno Warehouse', -2, '5102200429', 'on_hand'],
      ['storefront', '2026-11-02 19:40:00+00', 'ship', 'Fulfillment', 'KB-TENT-2P', 'Reno Warehouse', 0, '5102200429', 'committed'],
      ['storefront', '2026-11-03 08:15:24.25+00', 'adjustment', 'adjustment', 'KB-JKT-M', 'Carlisle Warehouse', 0, 'psh_1cf3d808fe90', 'available'],
      ['storefront', '2026-11-03 08:15:24.25+00', 'adjustment', 'adjustment', 'KB-JKT-M', 'Carlisle Warehouse', 36, 'psh_1cf3d808fe90', 'on_hand'],
    ]);
  });

  it('reads a connector\'s flat CSV of the same records: other names, other order, the reason before the document', async () => {
    const harness = await engineWithCase(folder, 'connector.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(LEDGER, 'inventory_changes_connector.csv')] }));
    expect(outcomeFor(summary, 'inventory_changes_connector.csv')).toMatchObject({ presetId: 'shopify-inventory-changes', rowsLoaded: 4 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.txn_type, row.location, row.qty_delta, row.reference])).toEqual([
      ['2026-11-04 15:00:00+00', 'return', '68420411539', 1, '99120'],
      ['2026-11-04 15:00:00+00', 'return', '68420411539', 0, '99120'],
      ['2026-11-04 16:30:00+00', 'damage', '68420411539', -3, '7712'],
      ['2026-11-04 16:30:00+00', 'damage', '68420411539', 0, '7712'],
    ]);
  });

  it('lets a mapping count a number on some rows only, and counts every row of a file without that column', async () => {
    const mapping = join(folder, 'states.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        id: 'state-ledger',
        name: 'State ledger',
        system: 'wms',
        kind: 'ledger',
        fields: {
          ts: ['At'],
          sku: ['Item'],
          location: ['Site'],
          qty_delta: { column: ['Change'], when: ['Bucket'], is: [' ON HAND ', 'physical'] },
        },
      }),
    );
    const withStates = join(folder, 'with_states.csv');
    writeFileSync(withStates, 'At,Item,Site,Bucket,Change\n2026-11-04T10:00:00Z,A-1,S1,On Hand,5\n2026-11-04T10:00:00Z,A-1,S1,allocated,5\n2026-11-04T11:00:00Z,A-1,S1,Physical,-2\n2026-11-04T11:00:00Z,A-1,S1,on_hand,\n');
    const without = join(folder, 'without_states.csv');
    writeFileSync(without, 'At,Item,Site,Change\n2026-11-05T10:00:00Z,A-1,S1,4\n');
    const harness = await engineWithCase(folder, 'states.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [withStates, without], mappingPath: mapping }));
    expect(outcomeFor(summary, 'with_states.csv')).toMatchObject({ rowsSeen: 4, rowsLoaded: 3, rowsRejected: 1 });
    expect((await rows(harness, 'ledger')).map((row) => [row.ts, row.qty_delta])).toEqual([
      ['2026-11-04 10:00:00+00', 5],
      ['2026-11-04 10:00:00+00', 0],
      ['2026-11-04 11:00:00+00', -2],
      ['2026-11-05 10:00:00+00', 4],
    ]);
    const [reject] = await rows(harness, 'rejects');
    expect(Number(reject?.line_number)).toBe(5);
  });
});
