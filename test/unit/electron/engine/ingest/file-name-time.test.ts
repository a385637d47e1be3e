// Capture times in export file names: year first or last, day or month first, with or without a zone mark.
import { describe, expect, it } from 'vitest';
import { captureTimeInName } from '../../../../../electron/engine/ingest/file-name-time';

describe('capture time in a file name', () => {
  it.each([
    ['inventory_export-20260920-2254.csv', '2026-09-20 22:54:00', false],
    ['InventoryByLocation-20260920-2035.csv', '2026-09-20 20:35:00', false],
    ['on-hand_2026-09-20T23:20:15Z.csv', '2026-09-20 23:20:15', true],
    ['shopify_inventory_2026-11-20T0815Z.csv', '2026-11-20 08:15:00', true],
    ['stock 2026-11-20 08.15 UTC.csv.gz', '2026-11-20 08:15:00', true],
    ['ShipBob_Inventory_28-10-2026_0600.csv', '2026-10-28 06:00:00', false],
    ['on_hand_10.28.2026 14-05.csv', '2026-10-28 14:05:00', false],
    ['levels-5-11-2026_0930Z.csv', null, null],
    ['levels-25-11-2026_0930Z.csv', '2026-11-25 09:30:00', true],
  ])('%s holds %s (UTC: %s)', (name, local, utc) => {
    expect(captureTimeInName(name)).toEqual(local === null ? null : { local, utc });
  });

  it.each(['inventory.csv', 'export-2026-11-20.csv', 'po_12345678901234.csv', 'run-20261340-2599.csv', 'stock_28-10-2026.csv', 'x_32-13-2026_0600.csv'])(
    '%s holds no capture time',
    (name) => {
      expect(captureTimeInName(name)).toBeNull();
    },
  );
});
