// How far the storefront may trail its feeder (the spacing of its level pushes, not the period of a path that mixes
// flows), which system feeds a location no sync names, and which of two exports dated alike counts.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase, openCase } from '../../../../../electron/engine/case/case-store';
import { buildDriftTable } from '../../../../../electron/engine/analysis/drift';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { createEngineService } from '../../../../../electron/engine/engine-service';
import { addSource, caseRows } from '../../../../support/case-rows';
import { detectorCase, levels } from '../../../../support/detector-case';
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

describe('a storefront location whose feeder no sync names', () => {
  const folder = tempFolder();
  let feeders: { location: string; feeder: string; gap_storefront: number | null }[] = [];

  beforeAll(async () => {
    const db = await detectorCase(folder, 'figure-feeder.driftcase', AS_OF, async (rows) => {
      // The ERP's flow pushes its levels to the storefront and logs no location; a 3PL app feeds the other location
      // and logs nothing. Where ERP and WMS disagree, the storefront's figures side with its feeder.
      for (const minute of [5, 35]) {
        await rows.event({ ts: at(11, minute), path: 'erp->storefront', event_type: 'inventory_sync', sku: null, status: 'success' });
      }
      const item = async (sku: string, location: string, erp: number, wms: number, storefront: number) => {
        await rows.snapshot({ system: 'erp', sku, location, on_hand: erp, captured_at: AS_OF });
        await rows.snapshot({ system: 'wms', sku, location, on_hand: wms, captured_at: AS_OF });
        await rows.snapshot({ system: 'storefront', sku, location, on_hand: storefront, captured_at: AS_OF });
      };
      await item('A', 'Dublin', 10, 12, 12);
      await item('B', 'Dublin', 7, 5, 5);
      await item('C', 'Dublin', 3, 3, 3);
      // Two receipts the WMS took after the last feed: in flight, so they say nothing of who feeds Dublin.
      for (const sku of ['D', 'E']) {
        await item(sku, 'Dublin', 10, 12, 10);
        await rows.ledger({ system: 'wms', sku, location: 'Dublin', ts: at(11, 50), txn_type: 'receipt', qty_delta: 2, reference: `WRO-${sku}` });
      }
      await item('A', 'Leeds', 10, 12, 10);
      await item('B', 'Leeds', 7, 5, 7);
      // One item alone decides nothing: the path's usual feeder stays.
      await item('A', 'Cork', 10, 12, 12);
    });
    feeders = await db.query("SELECT location, feeder, gap_storefront FROM analysis_drift WHERE sku = 'A' ORDER BY location");
    await db.close();
  });

  it('takes the system the storefront agrees with where ERP and WMS differ for its feeder', () => {
    expect(feeders).toEqual([
      { location: 'Cork', feeder: 'erp', gap_storefront: 2 },
      { location: 'Dublin', feeder: 'wms', gap_storefront: 0 },
      { location: 'Leeds', feeder: 'erp', gap_storefront: 0 },
    ]);
  });
});

describe('two storefront exports dated alike', () => {
  const folder = tempFolder();
  let figures: { storefront: number }[] = [];

  beforeAll(async () => {
    const { db } = await createCase(join(folder, 'two-exports.driftcase'), { memoryLimit: '512MB', threads: 2 });
    const rows = await caseRows(db);
    // An opening export and the export at the snapshots, their names carrying only a date: both are dated by the
    // latest stated capture. The one imported last is the newer export.
    const opening = await addSource(db, { file: 'shopify/inventory_export_2026-11-13.csv', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    const current = await addSource(db, { file: 'shopify/inventory_export_2026-11-20.csv', system: 'storefront', kind: 'snapshots', table: 'snapshots' });
    await rows.snapshot({ system: 'storefront', sku: 'LAMP', on_hand: 10, captured_at: AS_OF, source: current });
    await rows.snapshot({ system: 'storefront', sku: 'LAMP', on_hand: 25, captured_at: AS_OF, source: opening });
    await levels(rows, 'LAMP', 10, 10, AS_OF);
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      await buildDriftTable(session, { asOf: AS_OF, inFlightSeconds: 900, storefrontLagSeconds: 960 });
      figures = await session.query("SELECT storefront FROM analysis_drift WHERE sku = 'LAMP'");
    });
    await db.close();
  });

  it('compares the figures of the export imported last', () => {
    expect(figures).toEqual([{ storefront: 10 }]);
  });
});
