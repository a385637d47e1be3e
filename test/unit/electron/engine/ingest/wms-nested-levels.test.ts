// Warehouse levels nested in lists: ShipHero's Inventory Update webhook and ShipBob's levels by location.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const PRESETS = join(FIXTURES, 'presets');

describe('warehouse levels nested in lists', () => {
  const folder = tempFolder();

  it('reads each SKU of a ShipHero webhook at the warehouse it changed in, printed over lines or one body per line', async () => {
    const harness = await engineWithCase(folder, 'shiphero-webhook.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(PRESETS, 'wms-inventory-update-webhook')] }));
    for (const name of ['inventory-update-printed.json', 'inventory-update-webhooks.jsonl']) {
      expect(outcomeFor(summary, name)).toMatchObject({ presetId: 'wms-inventory-update-webhook', rowsRejected: 0 });
    }
    const levels = (await rows(harness, 'snapshots')).map((row) => [Number(row.line_number), row.sku, row.location, row.on_hand, row.available, row.reserve]);
    expect(levels).toEqual([
      [1, 'NW-TEE-BLK-M', 'ATL1', 40, 37, 1],
      [2, 'NW-TEE-BLK-L', 'RNO2', 12, 12, 0],
      [1, 'SKU-1001', 'V2FyZWhvdXNlOjEx', 7, 5, 2],
      [2, 'SKU-1002', 'DFW2', 3, 3, null],
      [2, 'SKU-1003', 'DFW2', 0, 0, null],
    ]);
  });

  it('reads one ShipBob level per product and fulfillment center, the center’s name over the product’s', async () => {
    const harness = await engineWithCase(folder, 'shipbob-locations.driftcase');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [join(PRESETS, 'wms-inventory-by-location')] }));
    expect(outcomeFor(summary, 'inventory-levels-by-location.json.gz')).toMatchObject({ presetId: 'wms-inventory-by-location', rowsLoaded: 2 });
    expect(outcomeFor(summary, 'inventory-levels-printed.json')).toMatchObject({ presetId: 'wms-inventory-by-location', rowsLoaded: 3 });
    const levels = (await rows(harness, 'snapshots')).map((row) => [row.sku, row.location, row.on_hand, row.available, row.committed, row.incoming]);
    expect(levels).toContainEqual(['FJH-VASE-MED', 'Hamburg (DE)', 30, 29, 1, 12]);
    expect(levels.filter((level) => level[0] === 'FJH-VASE-MED' && level[1] === 'Daventry (UK)')).toHaveLength(2);
  });
});
