// How far the storefront may trail its feeder: the spacing of its level pushes, not the period of a path that mixes flows.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase, openCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService } from '../../../../../electron/engine/engine-service';
import { caseRows } from '../../../../support/case-rows';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-11-20T12:00:00Z';
const at = (hour: number, minute: number): string =>
  `2026-11-20T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

describe('a storefront fed by a level push every 30 minutes on a path that also carries fulfilments every 15', () => {
  const folder = tempFolder();
  let drift: { sku: string; status: string }[] = [];

  beforeAll(async () => {
    const casePath = join(folder, 'storefront-lag.driftcase');
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    const rows = await caseRows(db);
    for (let hour = 6; hour < 12; hour += 1) {
      for (const minute of [5, 35]) {
        for (const sku of ['MUG', 'BOWL']) {
          await rows.event({ ts: at(hour, minute), path: 'erp->storefront', event_type: 'inventory_sync', sku, status: 'success' });
        }
      }
      for (const minute of [7, 22, 37, 52]) {
        await rows.event({ ts: at(hour, minute), path: 'erp->storefront', event_type: 'shipment_confirm', sku: 'MUG', status: 'success' });
      }
    }
    // Counted down by 2 in both systems at 11:20; the storefront, captured at 11:45, still holds the level of the
    // 11:05 push: 40 minutes behind its feeder, but within one push (and its minute of jitter) of it.
    for (const [system, ts] of [['wms', at(11, 19)], ['erp', at(11, 20)]] as const) {
      await rows.ledger({ system, sku: 'LAMP', ts, txn_type: 'cycle_count', qty_delta: -2, reference: 'CC-7' });
      await rows.snapshot({ system, sku: 'LAMP', on_hand: 10, available: 10, captured_at: AS_OF });
    }
    await rows.snapshot({ system: 'storefront', sku: 'LAMP', on_hand: 12, available: 12, captured_at: at(11, 45) });
    // The same, but the storefront holds a level its feeder never had.
    for (const system of ['wms', 'erp']) await rows.snapshot({ system, sku: 'VASE', on_hand: 10, available: 10, captured_at: AS_OF });
    await rows.snapshot({ system: 'storefront', sku: 'VASE', on_hand: 15, available: 15, captured_at: at(11, 45) });
    await db.close();

    const service = createEngineService({ mode: 'browser', nativeDialogs: false, emit: () => undefined, limits: { memoryLimit: '512MB', threads: 2 } });
    unwrap(await service.handlers.openCase({ path: casePath }));
    unwrap(await service.handlers.analyzeCase({ as_of: AS_OF }));
    service.close();
    const reopened = await openCase(casePath, { memoryLimit: '512MB', threads: 2 });
    drift = await reopened.db.query("SELECT sku, status FROM analysis_drift WHERE sku IN ('LAMP', 'VASE') ORDER BY sku");
    await reopened.db.close();
  });

  it('lets the storefront trail by one level push, and still calls a level its feeder never held drift', () => {
    expect(drift).toEqual([
      { sku: 'LAMP', status: 'in_flight' },
      { sku: 'VASE', status: 'drift' },
    ]);
  });
});
