import { describe, expect, it } from 'vitest';
import { captureTimeInName } from '../../../../../electron/engine/ingest/file-name-time';

describe('capture time in a file name', () => {
  it.each([
    ['inventory_export-20260920-2254.csv', '2026-09-20 22:54:00', false],
    ['InventoryByLocation-20260920-2035.csv', '2026-09-20 20:35:00', false],
    ['on-hand_2026-09-20T23:20:15Z.csv', '2026-09-20 23:20:15', true],
    ['shopify_inventory_2026-11-20T0815Z.csv', '2026-11-20 08:15:00', true],
    ['stock 2026-11-20 08.15 UTC.csv.gz', '2026-11-20 08:15:00', true],
  ])('%s holds %s (UTC: %s)', (name, local, utc) => {
    expect(captureTimeInName(name)).toEqual({ local, utc });
  });

  it.each(['inventory.csv', 'export-2026-11-20.csv', 'po_12345678901234.csv', 'run-20261340-2599.csv'])(
    '%s holds no capture time',
    (name) => {
      expect(captureTimeInName(name)).toBeNull();
    },
  );
});
