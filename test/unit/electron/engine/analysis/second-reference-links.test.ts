// Phantom stock where a receipt's document is named differently by the ERP, the WMS and the middleware: either
// reference of a ledger row links it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectClusters } from '../../../../../electron/engine/analysis/detect-clusters';
import { buildDriftTable } from '../../../../../electron/engine/analysis/drift';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { caseRows } from '../../../../support/case-rows';
import { AS_OF } from '../../../../support/drift-scenario';
import { tempFolder } from '../../../../support/temp-folder';

describe('phantom stock linked by second references', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = (await createCase(join(folder, 'second-reference.driftcase'), { memoryLimit: '512MB', threads: 2 })).db;
    const rows = await caseRows(db);
    // The ERP names the receipt IR300 and keeps its PO as the second reference; the middleware's receipt for PO-300
    // was rejected and the WMS never received it.
    await rows.ledger({ system: 'erp', sku: 'BY-ALT', ts: '2026-11-20T09:00:00Z', txn_type: 'receipt', qty_delta: 10, reference: 'Item Receipt #IR300', alt_reference: 'PO300' });
    await rows.event({ ts: '2026-11-20T09:05:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'BY-ALT', qty: 10, status: 'rejected', error_code: 'E422', record_ref: 'PO-300' });
    // The receipt event for PO400 failed, but the WMS received the PO under its ASN, with the PO as second reference.
    await rows.ledger({ system: 'erp', sku: 'RECEIVED', ts: '2026-11-20T10:00:00Z', txn_type: 'receipt', qty_delta: 5, reference: 'Purchase Order #PO400' });
    await rows.event({ ts: '2026-11-20T10:05:00Z', path: 'erp->wms', event_type: 'receipt', sku: 'RECEIVED', qty: 5, status: 'error', error_code: 'E500', record_ref: 'PO400' });
    await rows.ledger({ system: 'wms', sku: 'RECEIVED', ts: '2026-11-20T11:00:00Z', txn_type: 'receipt', qty_delta: 5, reference: 'ASN-9', alt_reference: 'PO400' });
    for (const [sku, erp, wms] of [['BY-ALT', 60, 50], ['RECEIVED', 50, 50]] as const) {
      await rows.snapshot({ system: 'erp', sku, on_hand: erp, captured_at: AS_OF });
      await rows.snapshot({ system: 'wms', sku, on_hand: wms, captured_at: AS_OF });
    }
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      await buildDriftTable(session, { asOf: AS_OF, inFlightSeconds: 900, storefrontLagSeconds: 960 });
      await detectClusters(session, { asOf: AS_OF, inFlightSeconds: 900 });
    });
    return () => db.close();
  });

  it('cites the ERP receipt whose second reference the failed event names, not the event alone', async () => {
    const hits = await db.query(
      "SELECT sku_key, evidence_table, effect, reference FROM analysis_hits WHERE cluster = 'phantom_stock' ORDER BY evidence_table",
    );
    expect(hits).toEqual([
      { sku_key: 'BY-ALT', evidence_table: 'events', effect: null, reference: 'PO-300' },
      { sku_key: 'BY-ALT', evidence_table: 'ledger', effect: 10, reference: 'Item Receipt #IR300' },
    ]);
  });

  it('takes a WMS receipt under its second reference as the goods received', async () => {
    expect(await db.query("SELECT cluster, evidence_table FROM analysis_hits WHERE sku_key = 'RECEIVED'")).toEqual([]);
    expect(await db.query('SELECT sku, cluster FROM analysis_verdicts ORDER BY sku')).toEqual([{ sku: 'BY-ALT', cluster: 'phantom_stock' }]);
  });
});
