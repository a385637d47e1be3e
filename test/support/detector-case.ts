// A hand-made case for one detector test: created, filled by the test, then analysed as a run does up to verdicts.
import { join } from 'node:path';
import { createCase } from '../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../electron/engine/db/case-database';
import { detectClusters } from '../../electron/engine/analysis/detect-clusters';
import { buildDriftTable } from '../../electron/engine/analysis/drift';
import { prepareAnalysis } from '../../electron/engine/analysis/prepare-analysis';
import { caseRows, type CaseRows } from './case-rows';

/** The ERP's and the WMS's on-hand figures for a SKU, captured at the as-of instant. */
export async function levels(rows: CaseRows, sku: string, erp: number, wms: number, capturedAt: string): Promise<void> {
  await rows.snapshot({ system: 'erp', sku, on_hand: erp, captured_at: capturedAt });
  await rows.snapshot({ system: 'wms', sku, on_hand: wms, captured_at: capturedAt });
}

/** Creates a case in the folder, lets fill write its rows, and runs the drift table and the detectors as of asOf. */
export async function detectorCase(folder: string, name: string, asOf: string, fill: (rows: CaseRows) => Promise<void>): Promise<CaseDatabase> {
  const { db } = await createCase(join(folder, name), { memoryLimit: '512MB', threads: 2 });
  await fill(await caseRows(db));
  await db.withSession(async (session) => {
    await prepareAnalysis(session);
    await buildDriftTable(session, { asOf, inFlightSeconds: 900, storefrontLagSeconds: 960 });
    await detectClusters(session, { asOf, inFlightSeconds: 900 });
  });
  return db;
}
