// A row stamped with a snapshot's own minute was recorded at or after it: exports that write whole minutes truncate
// the seconds, so the row is read as after the capture, and after the as-of instant it equals.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-11-04T18:00:00Z';
const HOUR_BEFORE = '2026-11-04T17:00:00Z';

describe('rows the ERP wrote in the minute of a snapshot', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'capture-minute.driftcase', AS_OF, async (rows) => {
      // The WMS shipped 20 seconds before the snapshot; the ERP, writing whole minutes, stamps its fulfilment 12:00.
      await rows.ledger({ system: 'wms', sku: 'CF-COL-12', ts: '2026-11-04T17:59:40Z', txn_type: 'ship', qty_delta: -2, reference: 'SO49137' });
      await rows.ledger({ system: 'erp', sku: 'CF-COL-12', ts: AS_OF, txn_type: 'fulfillment', qty_delta: -2, reference: 'SO49137' });
      await levels(rows, 'CF-COL-12', 133, 131, AS_OF);
      // The same where the two systems name the shipment differently (the WMS by the web order), so nothing links them.
      await rows.ledger({ system: 'wms', sku: 'CF-COL-14', ts: '2026-11-04T17:59:40Z', txn_type: 'ship', qty_delta: -2, reference: '#LP10422' });
      await rows.ledger({ system: 'erp', sku: 'CF-COL-14', ts: AS_OF, txn_type: 'fulfillment', qty_delta: -2, reference: 'SO49138' });
      await levels(rows, 'CF-COL-14', 133, 131, AS_OF);
      // An ERP snapshot an hour old, and a receipt stamped with its minute: the receipt is not in it, so it rolls in.
      await rows.snapshot({ system: 'erp', sku: 'TE-GRN-50', on_hand: 100, captured_at: HOUR_BEFORE });
      await rows.ledger({ system: 'erp', sku: 'TE-GRN-50', ts: HOUR_BEFORE, txn_type: 'receipt', qty_delta: 5, reference: 'PO1' });
      await rows.ledger({ system: 'wms', sku: 'TE-GRN-50', ts: '2026-11-04T16:58:00Z', txn_type: 'receipt', qty_delta: 5, reference: 'PO1' });
      await rows.snapshot({ system: 'wms', sku: 'TE-GRN-50', on_hand: 105, captured_at: AS_OF });
    });
    return () => db.close();
  });

  it('keeps the gap in flight, not drift, whether or not the two rows share a reference', async () => {
    const drift = await db.query<{ sku: string; status: string; wms_in_flight: number; erp_in_flight: number }>(
      "SELECT sku, status, wms_in_flight, erp_in_flight FROM analysis_drift WHERE sku LIKE 'CF-%' ORDER BY sku",
    );
    expect(drift).toEqual([
      { sku: 'CF-COL-12', status: 'in_flight', wms_in_flight: -2, erp_in_flight: 0 },
      { sku: 'CF-COL-14', status: 'in_flight', wms_in_flight: -2, erp_in_flight: 0 },
    ]);
    expect(await db.query('SELECT sku FROM analysis_verdicts')).toEqual([]);
  });

  it('rolls a row stamped at an earlier capture instant into the figure', async () => {
    const [row] = await db.query<{ erp: number; wms: number; status: string }>("SELECT erp, wms, status FROM analysis_drift WHERE sku = 'TE-GRN-50'");
    expect(row).toEqual({ erp: 105, wms: 105, status: 'agree' });
  });
});
