// duplicate_application when the first delivery was reported as failed (a timeout) yet applied by the receiver.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-03-28T18:00:00Z';

describe('a delivery reported as failed but applied, then sent again', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'timeout.driftcase', AS_OF, async (rows) => {
      // The WMS writes one damage; the wms->erp adjustment times out, is sent again and succeeds; the ERP posted both,
      // each under its own number, naming the WMS count only in its memo (alt_reference), as NetSuite does.
      await rows.ledger({ system: 'wms', sku: 'TRAY', ts: '2026-03-27T10:41:53Z', txn_type: 'damage', qty_delta: -1, reference: 'CC-DAV-9118' });
      await rows.event({ ts: '2026-03-27T10:42:18Z', path: 'wms->erp', event_type: 'adjustment', sku: 'TRAY', qty: -1, status: 'error', status_raw: 'timeout', record_ref: 'CC-DAV-9118', correlation_id: 'adj-CC-DAV-9118' });
      await rows.event({ ts: '2026-03-27T10:44:18Z', path: 'wms->erp', event_type: 'adjustment', sku: 'TRAY', qty: -1, status: 'success', record_ref: 'CC-DAV-9118', correlation_id: 'adj-CC-DAV-9118' });
      for (const [txn, ts] of [['ADJ9118', '2026-03-27T10:42:00Z'], ['ADJ9118-1', '2026-03-27T10:44:00Z']] as const) {
        await rows.ledger({ system: 'erp', sku: 'TRAY', ts, txn_type: 'adjustment', qty_delta: -1, alt_reference: 'CC-DAV-9118', txn_id: txn });
      }
      await levels(rows, 'TRAY', 19, 20, AS_OF);
      // Healthy look-alike: the same failure and resend, applied once by the ERP.
      await rows.ledger({ system: 'wms', sku: 'MUG', ts: '2026-03-27T11:00:00Z', txn_type: 'damage', qty_delta: -2, reference: 'CC-DAV-9120' });
      await rows.event({ ts: '2026-03-27T11:00:30Z', path: 'wms->erp', event_type: 'adjustment', sku: 'MUG', qty: -2, status: 'error', status_raw: 'timeout', record_ref: 'CC-DAV-9120', correlation_id: 'adj-CC-DAV-9120' });
      await rows.event({ ts: '2026-03-27T11:02:30Z', path: 'wms->erp', event_type: 'adjustment', sku: 'MUG', qty: -2, status: 'success', record_ref: 'CC-DAV-9120', correlation_id: 'adj-CC-DAV-9120' });
      await rows.ledger({ system: 'erp', sku: 'MUG', ts: '2026-03-27T11:02:40Z', txn_type: 'adjustment', qty_delta: -2, reference: 'CC-DAV-9120', txn_id: 'ADJ9120' });
      await levels(rows, 'MUG', 10, 10, AS_OF);
    });
    return () => db.close();
  });

  it('calls the double posting a duplicate application, not unexplained drift', async () => {
    const rows = await db.query('SELECT sku, cluster, units FROM analysis_verdicts ORDER BY sku');
    expect(rows).toEqual([{ sku: 'TRAY', cluster: 'duplicate_application', units: 1 }]);
  });

  it('says the first delivery was reported as failed', async () => {
    const evidence = await db.query<{ summary: string }>("SELECT summary FROM analysis_evidence WHERE sku = 'TRAY' ORDER BY rank");
    const text = evidence.map((row) => row.summary).join('\n');
    expect(text).toContain('ERP adjustment of -1 units for ADJ9118-1 (CC-DAV-9118): applied again');
    expect(text).toContain('1 of them reported as failed');
    expect(text).toContain('(error: timeout)');
  });
});
