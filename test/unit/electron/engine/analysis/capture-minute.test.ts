// A counterpart stamped with the snapshot's own minute may have been recorded after it: the gap stays in flight.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-11-04T18:00:00Z';

describe('a shipment the ERP wrote in the minute of the snapshot', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'capture-minute.driftcase', AS_OF, async (rows) => {
      // The WMS shipped 20 seconds before the snapshot; the ERP, writing whole minutes, stamps its fulfilment 12:00.
      await rows.ledger({ system: 'wms', sku: 'CF-COL-12', ts: '2026-11-04T17:59:40Z', txn_type: 'ship', qty_delta: -2, reference: 'SO49137' });
      await rows.ledger({ system: 'erp', sku: 'CF-COL-12', ts: AS_OF, txn_type: 'fulfillment', qty_delta: -2, reference: 'SO49137' });
      await levels(rows, 'CF-COL-12', 133, 131, AS_OF);
    });
    return () => db.close();
  });

  it('keeps the gap in flight, not drift', async () => {
    const [row] = await db.query<{ status: string; wms_in_flight: number }>(
      "SELECT status, wms_in_flight FROM analysis_drift WHERE sku = 'CF-COL-12'",
    );
    expect(row).toMatchObject({ status: 'in_flight', wms_in_flight: -2 });
    expect(await db.query('SELECT sku FROM analysis_verdicts')).toEqual([]);
  });
});
