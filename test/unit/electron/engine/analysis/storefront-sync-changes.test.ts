// An inventory sync to the storefront sets its level, unless the log's quantity is a change pushed on (a delta).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantityNamesChange } from '../../../../../electron/engine/ingest/quantity-kind';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('storefront levels from inventory syncs', () => {
  const folder = tempFolder();

  /** A storefront and a WMS snapshot at 10:00 holding 10, and one sync to the storefront at 11:00 whose quantity column is `column`. */
  async function storefrontFigure(column: string, value: number): Promise<number | null> {
    const dir = join(folder, column);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'inventory_export-20261120-1000.csv'),
      'Handle,Title,SKU,Location,Available (not editable),On hand (current)\nmug,Mug,SKU-1,Main,10,10\n',
    );
    writeFileSync(join(dir, 'on-hand.csv'), 'sku,warehouse,on_hand,available,captured_at\nSKU-1,Main,10,10,2026-11-20T10:00:00Z\n');
    writeFileSync(
      join(dir, 'sync-log.csv'),
      `event_id,occurred_at,path,event_type,sku,location,${column},status\nE1,2026-11-20T11:00:00Z,wms->storefront,inventory_sync,SKU-1,Main,${value},success\n`,
    );
    const harness = await engineWithCase(folder, `sync-${column}.driftcase`);
    unwrap(await harness.service.handlers.importFiles({ paths: [dir] }));
    const findings = unwrap(await harness.service.handlers.analyzeCase({ as_of: '2026-11-20T12:00:00Z' }));
    const { summary } = findings;
    expect(summary.skus).toBe(1);
    const rows = await harness.service.handlers.getTablePage({ table: 'analysis_drift', startRow: 0, endRow: 1, sort: [] });
    const [row] = unwrap(rows).rows;
    return row?.storefront === null || row?.storefront === undefined ? null : Number(row.storefront);
  }

  it('takes a synced level as the storefront figure', async () => {
    expect(await storefrontFigure('qty', 7)).toBe(7);
  });

  it('keeps the captured figure when the log pushes changes, not levels', async () => {
    expect(await storefrontFigure('delta', -1)).toBe(10);
  });

  it('tells a change from a level by the name the quantity was read from', () => {
    expect(quantityNamesChange('delta')).toBe(true);
    expect(quantityNamesChange('content.payload.delta')).toBe(true);
    expect(quantityNamesChange('qty_delta, else content.delta')).toBe(true);
    expect(quantityNamesChange('Quantity Change')).toBe(true);
    expect(quantityNamesChange('qty')).toBe(false);
    expect(quantityNamesChange('available')).toBe(false);
    expect(quantityNamesChange('delta, else qty')).toBe(false);
    expect(quantityNamesChange('message $.qty')).toBe(false);
    expect(quantityNamesChange(undefined)).toBe(false);
  });
});
