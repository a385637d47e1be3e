// The case home's figures on real DuckDB: the summary strip and the manifest of the sample, before and after analysis.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', '..', 'resources', 'sample');
const ZONES = ['erp=America/New_York', 'wms=America/New_York', 'storefront=America/New_York'];

describe('case summary and manifest', () => {
  const folder = tempFolder();

  it('reads an empty case as zeros with no time span and no analysis', async () => {
    const harness = await engineWithCase(folder, 'empty.driftcase');
    expect(unwrap(await harness.service.handlers.getCaseSummary({}))).toEqual({
      skus: 0,
      events: 0,
      ledgerRows: 0,
      snapshots: 0,
      sources: 0,
      rejects: 0,
      firstInstant: null,
      lastInstant: null,
      analysis: null,
    });
    expect(unwrap(await harness.service.handlers.listSources({}))).toEqual([]);
  });

  it('counts the sample, lists its manifest, and adds drifting SKU x locations per cluster once analysed', async () => {
    const harness = await engineWithCase(folder, 'sample.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [SAMPLE], timeZones: ZONES }));

    const summary = unwrap(await harness.service.handlers.getCaseSummary({}));
    expect(summary).toEqual({
      skus: 60,
      events: 934,
      ledgerRows: 695,
      snapshots: 486,
      sources: 6,
      rejects: 5,
      firstInstant: '2026-09-18T04:58:59Z',
      lastInstant: '2026-09-21T03:20:00Z',
      analysis: null,
    });

    const sources = unwrap(await harness.service.handlers.listSources({}));
    expect(sources.map((source) => [source.relativePath, source.system, source.kind, source.presetId, source.rowsLoaded, source.rowsRejected])).toEqual([
      ['InventoryByLocation-20260920-2035.csv', 'erp', 'snapshots', 'netsuite-inventory-csv', 153, 0],
      ['NS_Transaction_Search_Results.csv', 'erp', 'ledger', 'netsuite-transactions-csv', 445, 1],
      ['integration-log.csv', 'middleware', 'events', 'generic-event-log', 934, 1],
      ['inventory_export-20260920-2254.csv', 'storefront', 'snapshots', 'shopify-inventory-csv', 180, 0],
      ['on-hand-20260920-2320.csv', 'wms', 'snapshots', 'wms-on-hand', 153, 1],
      ['shiphero_inventory_changes.ndjson', 'wms', 'ledger', 'wms-inventory-changes', 250, 2],
    ]);
    const netsuite = sources[1];
    expect(netsuite).toMatchObject({ tzRule: '--tz erp=America/New_York', tableName: 'ledger', format: 'csv', warnings: [] });
    expect(netsuite?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(netsuite?.importedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(sources.every((source) => source.rowsSeen === source.rowsLoaded + source.rowsRejected)).toBe(true);

    const findings = unwrap(await harness.service.handlers.analyzeCase({}));
    const analysed = unwrap(await harness.service.handlers.getCaseSummary({}));
    expect(analysed.analysis?.driftingSkus).toBe(findings.summary.drifting);
    expect(analysed.analysis?.clusters.map((row) => [row.cluster, row.skus]).sort()).toEqual(
      findings.summary.by_cluster.map((row) => [row.cluster, row.skus]).sort(),
    );
    expect(analysed.analysis?.analysedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('shows the warnings a file was imported with, one a line', async () => {
    const harness = await engineWithCase(folder, 'warned.driftcase');
    unwrap(await harness.service.handlers.importFiles({ paths: [join(SAMPLE, 'NS_Transaction_Search_Results.csv')] }));
    const [source] = unwrap(await harness.service.handlers.listSources({}));
    expect(source?.tzRule).toBe('none given: naive times read as UTC');
    expect(source?.warnings).toEqual([
      'times are written without a zone and no --tz rule covers this file: read as UTC (give a zone for erp)',
      'no zone could be inferred: too few references shared with zone-aware sources',
    ]);
  });
});
