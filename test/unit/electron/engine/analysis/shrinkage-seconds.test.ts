// A WMS that writes whole seconds stamps a decrement caused by a planning signal with the signal's own second, a
// fraction before the signal's millisecond time: it still follows the signal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-10-28T06:00:00Z';

describe('planning signals stamped to the millisecond, decrements to the second', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'shrinkage-seconds.driftcase', AS_OF, async (rows) => {
      const cycles: [string, string, number][] = [
        ['2026-10-26T09:00:04.956Z', '2026-10-26T09:00:04Z', -3],
        ['2026-10-26T15:00:04.833Z', '2026-10-26T15:00:05Z', -2],
        ['2026-10-27T03:00:04.607Z', '2026-10-27T03:00:04Z', -2],
      ];
      for (const [signal, decrement, units] of cycles) {
        await rows.event({ ts: signal, path: 'erp->wms', event_type: 'planning_signal', sku: 'CL-MUG-CRM', status: 'success' });
        await rows.ledger({ system: 'wms', sku: 'CL-MUG-CRM', ts: decrement, txn_type: 'adjustment', txn_type_raw: 'Inventory Adjustment', qty_delta: units });
      }
      await levels(rows, 'CL-MUG-CRM', 60, 53, AS_OF);
    });
    return () => db.close();
  });

  it('reads every decrement as phantom shrinkage, none as a stranded adjustment', async () => {
    expect(await db.query('SELECT sku, cluster, units FROM analysis_verdicts')).toEqual([{ sku: 'CL-MUG-CRM', cluster: 'phantom_shrinkage', units: 7 }]);
  });
});
