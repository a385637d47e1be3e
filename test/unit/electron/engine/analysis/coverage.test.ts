// Coverage: event types seen and failed per path, the business-needed combinations listed always, gaps flagged.
import { afterEach, describe, expect, it } from 'vitest';
import { measureCoverage } from '../../../../../electron/engine/analysis/coverage';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import caseSchemaSql from '../../../../../electron/engine/sql/case-schema.sql?raw';
import keyMacrosSql from '../../../../../electron/engine/sql/key-macros.sql?raw';
import { fillRoutesFromFlows } from '../../../../../electron/engine/ingest/flow-routes';

interface EventRow {
  ts?: string | null;
  path?: string | null;
  flow?: string | null;
  event_type: string;
  status?: string;
  correlation_id?: string | null;
}

let db: CaseDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** A case holding the given events, with paths read from flow names as an import reads them, prepared for analysis. */
async function caseWith(events: EventRow[]): Promise<CaseDatabase> {
  db = await CaseDatabase.open(':memory:', { memoryLimit: '512MB', threads: 2 });
  await db.run(caseSchemaSql);
  await db.run(
    `INSERT INTO events (source_id, line_number, ts, path, flow, event_type, sku, status, correlation_id, trigger)
     SELECT 1, row_number() OVER (), CAST(coalesce(e.ts, '2026-03-02T10:00:00Z') AS TIMESTAMPTZ), e.path, e.flow,
            e.event_type, 'SKU-1', coalesce(e.status, 'success'), e.correlation_id, 'unknown'
     FROM (SELECT unnest(from_json($rows, '[{"ts":"VARCHAR","path":"VARCHAR","flow":"VARCHAR","event_type":"VARCHAR",
           "status":"VARCHAR","correlation_id":"VARCHAR"}]')) AS e)`,
    { rows: JSON.stringify(events) },
  );
  await db.run(keyMacrosSql);
  await fillRoutesFromFlows(db.session, null);
  await prepareAnalysis(db.session);
  return db;
}

const NEEDED = [
  ['erp->wms', 'receipt'],
  ['erp->wms', 'order_release'],
  ['erp->wms', 'return'],
  ['erp->wms', 'planning_signal'],
  ['wms->erp', 'shipment_confirm'],
  ['wms->erp', 'adjustment'],
  ['wms->erp', 'return'],
  ['wms->storefront', 'inventory_sync'],
  ['erp->storefront', 'inventory_sync'],
] as const;

describe('measuring coverage', () => {
  it('flags a needed type never seen as a gap, and not one that was seen, failed or not', async () => {
    const database = await caseWith([
      // Receipts: one failed but got through on retry (same correlation id), so nothing failed for good.
      { path: 'erp->wms', event_type: 'receipt', status: 'error', correlation_id: 'C-1', ts: '2026-03-02T10:00:00Z' },
      { path: 'erp->wms', event_type: 'receipt', status: 'success', correlation_id: 'C-1', ts: '2026-03-02T10:03:00Z' },
      // Order releases: seen, but only rejected, and the earlier success does not count as a later one.
      { path: 'erp->wms', event_type: 'order_release', status: 'success', correlation_id: 'C-2', ts: '2026-03-02T09:00:00Z' },
      { path: 'erp->wms', event_type: 'order_release', status: 'rejected', correlation_id: 'C-2', ts: '2026-03-02T10:00:00Z' },
      // The path and type read from a Boomi-style process name.
      { path: null, flow: 'NetSuite to ShipHero - Item Receipt', event_type: 'other' },
      { path: 'wms->erp', event_type: 'shipment_confirm' },
      { path: 'wms->erp', event_type: 'shipment_confirm', status: 'error' },
      { path: 'wms->storefront', event_type: 'inventory_sync' },
      // Not needed anywhere, listed all the same; and an event with no path at all.
      { path: 'storefront->erp', event_type: 'order_release' },
      { path: null, event_type: 'adjustment' },
    ]);
    const rows = await measureCoverage(database.session);
    expect(rows).toEqual([
      { path: 'erp->wms', event_type: 'receipt', seen: 3, failed: 0, gap: false },
      { path: 'erp->wms', event_type: 'order_release', seen: 2, failed: 1, gap: false },
      { path: 'erp->wms', event_type: 'return', seen: 0, failed: 0, gap: true },
      { path: 'erp->wms', event_type: 'planning_signal', seen: 0, failed: 0, gap: false },
      { path: 'wms->erp', event_type: 'shipment_confirm', seen: 2, failed: 1, gap: false },
      { path: 'wms->erp', event_type: 'adjustment', seen: 0, failed: 0, gap: true },
      { path: 'wms->erp', event_type: 'return', seen: 0, failed: 0, gap: true },
      { path: 'wms->storefront', event_type: 'inventory_sync', seen: 1, failed: 0, gap: false },
      { path: 'erp->storefront', event_type: 'inventory_sync', seen: 0, failed: 0, gap: false },
      { path: '(no path)', event_type: 'adjustment', seen: 1, failed: 0, gap: false },
      { path: 'storefront->erp', event_type: 'order_release', seen: 1, failed: 0, gap: false },
    ]);
    expect(
      await database.query("SELECT need, CAST(recovered AS INTEGER) AS recovered FROM analysis_coverage WHERE event_type = 'receipt'"),
    ).toEqual([{ need: 'needed', recovered: 1 }]);
  });

  it('flags inventory sync to the storefront as a gap only when neither the WMS nor the ERP carries any', async () => {
    const viaErp = await measureCoverage((await caseWith([{ path: 'erp->storefront', event_type: 'inventory_sync' }])).session);
    expect(viaErp.filter((row) => row.event_type === 'inventory_sync')).toEqual([
      { path: 'wms->storefront', event_type: 'inventory_sync', seen: 0, failed: 0, gap: false },
      { path: 'erp->storefront', event_type: 'inventory_sync', seen: 1, failed: 0, gap: false },
    ]);
    db?.close();
    const neither = await measureCoverage((await caseWith([{ path: 'erp->wms', event_type: 'receipt' }])).session);
    expect(neither.filter((row) => row.event_type === 'inventory_sync').map((row) => row.gap)).toEqual([true, true]);
  });

  it('lists the needed combinations without gaps when the case has no middleware events', async () => {
    const rows = await measureCoverage((await caseWith([])).session);
    expect(rows).toEqual(NEEDED.map(([path, event_type]) => ({ path, event_type, seen: 0, failed: 0, gap: false })));
  });
});
