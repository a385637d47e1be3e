// Warehouse levels nested in lists: ShipBob's levels by location, and ShipHero webhooks that are no snapshot.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, outcomeFor, tableRows as rows, unwrap } from '../../../../support/engine-harness';
import { FIXTURES, tempFolder } from '../../../../support/temp-folder';

const PRESETS = join(FIXTURES, 'presets');

describe('warehouse levels nested in lists', () => {
  const folder = tempFolder();

  it('keeps a stream of ShipHero Inventory Update webhooks raw: its bodies carry no time, so they are no snapshot', async () => {
    const harness = await engineWithCase(folder, 'shiphero-webhook.driftcase');
    const path = join(PRESETS, '_unmatched', 'shiphero-inventory-update-webhooks.jsonl');
    const summary = unwrap(await harness.service.handlers.importFiles({ paths: [path] }));
    expect(outcomeFor(summary, 'shiphero-inventory-update-webhooks.jsonl')).toMatchObject({ status: 'loaded_raw', presetId: null, rowsLoaded: 2 });
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
