import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import type { CaseDatabase } from '../../../../../electron/engine/db/case-database';
import { detectClusters } from '../../../../../electron/engine/analysis/detect-clusters';
import { buildDriftTable } from '../../../../../electron/engine/analysis/drift';
import { prepareAnalysis } from '../../../../../electron/engine/analysis/prepare-analysis';
import { caseRows } from '../../../../support/case-rows';
import { AS_OF, buildScenario } from '../../../../support/drift-scenario';
import { tempFolder } from '../../../../support/temp-folder';

describe('drift table and cluster detectors on a hand-made case', () => {
  const folder = tempFolder();
  let db: CaseDatabase;

  beforeAll(async () => {
    db = (await createCase(join(folder, 'scenario.driftcase'), { memoryLimit: '512MB', threads: 2 })).db;
    await buildScenario(await caseRows(db));
    await db.withSession(async (session) => {
      await prepareAnalysis(session);
      await buildDriftTable(session, { asOf: AS_OF, inFlightSeconds: 900, storefrontLagSeconds: 960 });
      await detectClusters(session, { asOf: AS_OF, inFlightSeconds: 900 });
    });
    return () => db.close();
  });

  it('tells drift from agreement and from gaps still in flight', async () => {
    const rows = await db.query('SELECT sku, status, gap_erp_wms FROM analysis_drift ORDER BY sku');
    expect(Object.fromEntries(rows.map((row) => [row.sku, row.status]))).toEqual({
      DUP: 'drift',
      GHOST: 'drift',
      IGNORED: 'agree',
      INFLIGHT: 'in_flight',
      MYSTERY: 'drift',
      PHANTOM: 'drift',
      RETRY: 'agree',
      SHRINK: 'drift',
      STRAND: 'drift',
      ZERO: 'agree',
    });
  });

  it('gives each drifting SKU the cluster that explains it, and unexplained where none does', async () => {
    const rows = await db.query('SELECT sku, cluster, units, confidence FROM analysis_verdicts ORDER BY sku, cluster');
    expect(rows.map((row) => [row.sku, row.cluster, row.units])).toEqual([
      ['DUP', 'duplicate_application', 5],
      ['GHOST', 'ghost_shipment', 3],
      ['MYSTERY', 'unexplained', 2],
      ['PHANTOM', 'phantom_stock', 10],
      ['SHRINK', 'phantom_shrinkage', 6],
      ['STRAND', 'stranded_adjustment', 4],
    ]);
    for (const row of rows.filter((r) => r.cluster !== 'unexplained')) expect(Number(row.confidence)).toBeGreaterThan(0.8);
  });

  it('cites the rows that prove each verdict, with file and line', async () => {
    const evidence = await db.query(
      "SELECT evidence_table, source_file, line_number, summary FROM analysis_evidence WHERE sku = 'PHANTOM' ORDER BY rank",
    );
    expect(evidence).toHaveLength(3);
    expect(evidence[0]).toMatchObject({ evidence_table: 'ledger', source_file: 'ledger.csv' });
    expect(String(evidence[0]?.summary)).toContain('failed 2x (E422)');
    expect(evidence.slice(1).map((row) => row.evidence_table)).toEqual(['events', 'events']);
  });
});

describe('ghost shipments where the ERP and the WMS name shipments differently', () => {
  const folder = tempFolder();

  /**
   * Twelve ERP fulfillments (sales orders) and the WMS's shipments of them under `wmsReference(i)`; SKU-0's never
   * shipped. `second` gives either side's rows a second reference (alt_reference). Returns the verdicts and the SKUs
   * of the ERP rows called ghost shipments.
   */
  async function verdictsWith(
    wmsReference: (i: number) => string,
    second: { erp?: (i: number) => string; wms?: (i: number) => string } = {},
  ): Promise<{ verdicts: { sku: string; cluster: string }[]; ghostSkus: string[] }> {
    const name = `refs-${wmsReference(1)}-${second.erp?.(1) ?? ''}-${second.wms?.(1) ?? ''}`.replace(/[^A-Za-z0-9-]/g, '');
    const db = (await createCase(join(folder, `${name}.driftcase`), { memoryLimit: '512MB', threads: 2 })).db;
    try {
      const rows = await caseRows(db);
      for (let i = 0; i < 12; i += 1) {
        const sku = `SKU-${i}`;
        await rows.ledger({ system: 'erp', sku, ts: `2026-11-20T${String(8 + (i % 8)).padStart(2, '0')}:00:00Z`, txn_type: 'fulfillment', qty_delta: -2, reference: `Sales Order #SO${900 + i}`, alt_reference: second.erp?.(i) ?? null });
        if (i > 0) await rows.ledger({ system: 'wms', sku, ts: `2026-11-20T${String(8 + (i % 8)).padStart(2, '0')}:05:00Z`, txn_type: 'ship', qty_delta: -2, reference: wmsReference(i), alt_reference: second.wms?.(i) ?? null });
        await rows.snapshot({ system: 'erp', sku, on_hand: 10, captured_at: AS_OF });
        await rows.snapshot({ system: 'wms', sku, on_hand: i === 0 ? 12 : 10, captured_at: AS_OF });
      }
      await db.withSession(async (session) => {
        await prepareAnalysis(session);
        await buildDriftTable(session, { asOf: AS_OF, inFlightSeconds: 900, storefrontLagSeconds: 960 });
        await detectClusters(session, { asOf: AS_OF, inFlightSeconds: 900 });
      });
      const verdicts = await db.query<{ sku: string; cluster: string }>('SELECT sku, cluster FROM analysis_verdicts ORDER BY sku');
      const ghosts = await db.query<{ sku: string }>(
        "SELECT sku_key AS sku FROM analysis_hits WHERE cluster = 'ghost_shipment' AND evidence_table = 'ledger' ORDER BY 1",
      );
      return { verdicts, ghostSkus: ghosts.map((row) => row.sku) };
    } finally {
      await db.close();
    }
  }

  it('calls the one unshipped order a ghost when the WMS writes the same order numbers', async () => {
    expect((await verdictsWith((i) => `SO${900 + i}`)).verdicts).toEqual([{ sku: 'SKU-0', cluster: 'ghost_shipment' }]);
  });

  it('calls nothing a ghost when none of the ERP references appears in the WMS ledger', async () => {
    expect((await verdictsWith((i) => `#NW${10_000 + i}`)).verdicts).toEqual([{ sku: 'SKU-0', cluster: 'unexplained' }]);
  });

  it('links by the storefront order the ERP carries as its second reference, and calls the unshipped one a ghost', async () => {
    const found = await verdictsWith((i) => `#NW${10_000 + i}`, { erp: (i) => `#NW${10_000 + i}` });
    expect(found).toEqual({ verdicts: [{ sku: 'SKU-0', cluster: 'ghost_shipment' }], ghostSkus: ['SKU-0'] });
  });

  it('links by the sales order the WMS carries as its second reference', async () => {
    const found = await verdictsWith((i) => `#NW${10_000 + i}`, { wms: (i) => `SO${900 + i}` });
    expect(found).toEqual({ verdicts: [{ sku: 'SKU-0', cluster: 'ghost_shipment' }], ghostSkus: ['SKU-0'] });
  });
});

describe('a verdict’s units', () => {
  const folder = tempFolder();

  it('never claim more than the gap, even when the evidence moves more units', async () => {
    const db = (await createCase(join(folder, 'over.driftcase'), { memoryLimit: '512MB', threads: 2 })).db;
    try {
      const rows = await caseRows(db);
      await rows.ledger({ system: 'erp', sku: 'OVER', ts: '2026-11-20T08:00:00Z', txn_type: 'fulfillment', qty_delta: -2, reference: 'SO1' });
      await rows.ledger({ system: 'erp', sku: 'OVER', ts: '2026-11-20T09:00:00Z', txn_type: 'fulfillment', qty_delta: -3, reference: 'SO2' });
      await rows.snapshot({ system: 'erp', sku: 'OVER', on_hand: 10, captured_at: AS_OF });
      await rows.snapshot({ system: 'wms', sku: 'OVER', on_hand: 12, captured_at: AS_OF });
      await db.withSession(async (session) => {
        await prepareAnalysis(session);
        await buildDriftTable(session, { asOf: AS_OF, inFlightSeconds: 900, storefrontLagSeconds: 960 });
        await detectClusters(session, { asOf: AS_OF, inFlightSeconds: 900 });
      });
      const verdicts = await db.query('SELECT cluster, units, explained FROM analysis_verdicts');
      expect(verdicts.map((row) => [row.cluster, Number(row.units), Number(row.explained)])).toEqual([['ghost_shipment', 2, 5]]);
    } finally {
      await db.close();
    }
  });
});
