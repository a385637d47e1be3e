// phantom_shrinkage when the planning process logs runs without a SKU and the WMS's reason names planning.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-03-10T00:00:00Z';
const minutes = (start: string, offset: number): string => new Date(Date.parse(start) + offset * 60_000).toISOString();

describe('planning runs logged without a SKU', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'runs.driftcase', AS_OF, async (rows) => {
      // The ERP's planning sync runs every 15 minutes for every SKU; its log names no SKU.
      for (let run = 0; run < 4 * 24 * 2; run += 1) {
        await rows.event({ ts: minutes('2026-03-08T00:00:00Z', run * 15), path: 'erp->wms', event_type: 'planning_signal', flow: 'NS Planning Sync to WMS', sku: null, location: null, status: 'success' });
      }
      // Every six hours, a minute after a run, the WMS takes a unit off PLAN and says why; COUNT's counts fall two
      // minutes after a run by the clock alone.
      for (let cycle = 0; cycle < 6; cycle += 1) {
        const runAt = minutes('2026-03-08T02:00:00Z', cycle * 360);
        await rows.ledger({ system: 'wms', sku: 'PLAN', ts: minutes(runAt, 1), txn_type: 'other', txn_type_raw: 'Inventory sync from NetSuite (reorder point recalculation)', qty_delta: -1, reference: null });
        await rows.ledger({ system: 'wms', sku: 'COUNT', ts: minutes(runAt, 2), txn_type: 'cycle_count', txn_type_raw: 'Cycle count', qty_delta: -1, reference: null });
      }
      for (const sku of ['PLAN', 'COUNT']) {
        await levels(rows, sku, 30, 24, AS_OF);
      }
    });
    return () => db.close();
  });

  it('calls the decrements whose reason names planning phantom shrinkage, and leaves the counts to another cluster', async () => {
    const rows = await db.query('SELECT sku, cluster, units FROM analysis_verdicts ORDER BY sku');
    expect(rows).toEqual([
      { sku: 'COUNT', cluster: 'stranded_adjustment', units: 6 },
      { sku: 'PLAN', cluster: 'phantom_shrinkage', units: 6 },
    ]);
  });

  it('says the run was for every SKU', async () => {
    const evidence = await db.query<{ summary: string }>("SELECT summary FROM analysis_evidence WHERE sku = 'PLAN' AND evidence_table = 'events'");
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence[0]?.summary).toContain('a run for every SKU');
  });
});
