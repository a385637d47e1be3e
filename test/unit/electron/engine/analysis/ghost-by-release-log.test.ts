// ghost_shipment where the WMS names shipments by the storefront's orders and only the release log names them as the ERP does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-11-04T18:00:00Z';

describe('an ERP fulfilment no order release ever named, while the WMS names orders otherwise', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'ghost-release.driftcase', AS_OF, async (rows) => {
      // Twelve sales orders: the release log names each by its sales order, the WMS ships it under the web order.
      for (let i = 1; i <= 12; i += 1) {
        const sku = `SKU-${i}`;
        const ts = `2026-11-0${1 + (i % 3)}T1${i % 10}:00:00Z`;
        await rows.event({ ts, path: 'erp->wms', event_type: 'order_release', sku, status: 'success', record_ref: `SO${100 + i}` });
        await rows.ledger({ system: 'wms', sku, ts: ts.replace(':00:00Z', ':20:00Z'), txn_type: 'ship', qty_delta: -2, reference: `#L${500 + i}` });
        await rows.ledger({ system: 'erp', sku, ts: ts.replace(':00:00Z', ':40:00Z'), txn_type: 'fulfillment', qty_delta: -2, reference: `Sales Order #SO${100 + i}` });
        await levels(rows, sku, 10, 10, AS_OF);
      }
      // A wholesale order fulfilled by hand in the ERP: no release, no WMS shipment.
      await rows.ledger({ system: 'erp', sku: 'GHOST', ts: '2026-11-02T15:12:00Z', txn_type: 'fulfillment', qty_delta: -24, reference: 'Sales Order #SO900' });
      await levels(rows, 'GHOST', 78, 102, AS_OF);
    });
    return () => db.close();
  });

  it('calls the fulfilment no release named a ghost shipment, and nothing else', async () => {
    const rows = await db.query('SELECT sku, cluster, units FROM analysis_verdicts ORDER BY sku');
    expect(rows).toEqual([{ sku: 'GHOST', cluster: 'ghost_shipment', units: 24 }]);
    const [evidence] = await db.query<{ summary: string }>("SELECT summary FROM analysis_evidence WHERE sku = 'GHOST'");
    expect(evidence?.summary).toMatch(/no erp->wms order release event was ever logged/);
  });
});
