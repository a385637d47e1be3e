// stranded_adjustment when the middleware carried the change: it failed, or the receiver has no record of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectorCase, levels } from '../../../../support/detector-case';
import { tempFolder } from '../../../../support/temp-folder';

const AS_OF = '2026-03-10T12:00:00Z';

describe('a WMS count the middleware carried but the ERP never recorded', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = await detectorCase(folder, 'carried.driftcase', AS_OF, async (rows) => {
      const count = async (sku: string, ts: string, delta: number, status: string | null) => {
        await rows.ledger({ system: 'wms', sku, ts, txn_type: 'cycle_count', qty_delta: delta, reference: null });
        if (status !== null) {
          await rows.event({ ts: ts.replace(':00Z', ':20Z'), path: 'wms->erp', event_type: 'adjustment', sku, location: null, qty: null, status });
        }
      };
      await count('DELIVERED', '2026-03-08T17:00:00Z', -5, 'success');
      await levels(rows, 'DELIVERED', 20, 15, AS_OF);
      await count('FAILED', '2026-03-08T18:00:00Z', -2, 'error');
      await levels(rows, 'FAILED', 20, 18, AS_OF);
      await count('UNSENT', '2026-03-08T19:00:00Z', -1, null);
      await levels(rows, 'UNSENT', 20, 19, AS_OF);
      // Healthy: carried and recorded by the ERP.
      await count('POSTED', '2026-03-08T20:00:00Z', -3, 'success');
      await rows.ledger({ system: 'erp', sku: 'POSTED', ts: '2026-03-08T20:01:00Z', txn_type: 'adjustment', qty_delta: -3, reference: 'ADJ7' });
      await levels(rows, 'POSTED', 17, 17, AS_OF);
    });
    return () => db.close();
  });

  it('calls each change in one system only stranded, however far the middleware carried it', async () => {
    const rows = await db.query('SELECT sku, cluster, units FROM analysis_verdicts ORDER BY sku');
    expect(rows).toEqual([
      { sku: 'DELIVERED', cluster: 'stranded_adjustment', units: 5 },
      { sku: 'FAILED', cluster: 'stranded_adjustment', units: 2 },
      { sku: 'UNSENT', cluster: 'stranded_adjustment', units: 1 },
    ]);
  });

  it('says how far the middleware carried it, and is less sure when it reports the change delivered', async () => {
    const evidence = await db.query<{ sku: string; summary: string }>(
      "SELECT sku, summary FROM analysis_evidence WHERE evidence_table = 'ledger' ORDER BY sku",
    );
    expect(evidence.map((row) => [row.sku, row.summary.split('; ')[1]])).toEqual([
      ['DELIVERED', 'the wms->erp event that carried it reports it delivered, yet the ERP never recorded it'],
      ['FAILED', 'the wms->erp event that carried it failed (error) and the ERP never recorded it'],
      ['UNSENT', 'no middleware event carried it and the ERP never recorded it'],
    ]);
    const confidence = await db.query<{ sku: string; confidence: number }>('SELECT sku, confidence FROM analysis_verdicts ORDER BY sku');
    expect(confidence.map((row) => Number(row.confidence))).toEqual([0.75, 0.85, 0.85]);
  });
});
