// The verdict calls on the analysed sample: the board against the answer key and the findings, paged cluster lists,
// one SKU's findings, and a clear answer before any analysis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTERS, type Findings, type Verdict } from '../../../../../shared/model/findings';
import type { ClusterSkusRequest } from '../../../../../shared/model/verdicts';
import type { EngineService } from '../../../../../electron/engine/engine-service';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const SAMPLE = join(ROOT, 'resources', 'sample');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'resources', 'sample.ground_truth.json'), 'utf8')) as {
  time_zones: string[];
  verdicts: { cluster: string }[];
};

const place = (verdict: { sku: string; location: string | null }) => `${verdict.sku}@${verdict.location}`;

describe('verdict calls on the analysed sample', () => {
  const folder = tempFolder();
  let service: EngineService;
  let findings: Findings;
  const list = (request: Partial<ClusterSkusRequest> & Pick<ClusterSkusRequest, 'cluster'>) =>
    service.handlers.getClusterSkus({ sort: 'units', descending: true, filter: '', offset: 0, limit: 100, ...request });
  const verdictsOf = (cluster: string): Verdict[] => findings.verdicts.filter((verdict) => verdict.cluster === cluster);

  beforeAll(async () => {
    ({ service } = await engineWithCase(folder));
    unwrap(await service.handlers.importFiles({ paths: [SAMPLE], timeZones: TRUTH.time_zones }));
  });

  it('answers plainly before any analysis: no board, and "no findings yet" for lists and SKUs', async () => {
    expect(unwrap(await service.handlers.getVerdictBoard({}))).toBeNull();
    const skus = await list({ cluster: 'phantom_stock' });
    expect(skus.ok ? null : skus.error).toEqual({ code: 'not_found', message: expect.stringContaining('No findings yet') });
    const sku = await service.handlers.getSkuFindings({ sku: 'HD_GRY_M', location: 'Savannah_Port' });
    expect(sku.ok ? null : sku.error.message).toContain('run Analyse first');
  });

  describe('after Analyse', () => {
    beforeAll(async () => {
      findings = unwrap(await service.handlers.analyzeCase({}));
    });

    it('shows one card per cluster with the counts of the answer key and the units of the findings', async () => {
      const board = unwrap(await service.handlers.getVerdictBoard({}));
      if (board === null) return expect.fail('no board after the analysis');
      expect(board.clusters.map((card) => card.cluster)).toEqual([...CLUSTERS]);
      for (const card of board.clusters) {
        expect(card.skus, card.cluster).toBe(TRUTH.verdicts.filter((verdict) => verdict.cluster === card.cluster).length);
        const found = findings.summary.by_cluster.find((row) => row.cluster === card.cluster);
        expect(card.units).toBe(found?.units ?? 0);
        expect(card.top.map(place)).toEqual(verdictsOf(card.cluster).slice(0, 5).map(place));
        expect(card.first_check.length).toBeGreaterThan(20);
      }
      expect(board.clusters.find((card) => card.cluster === 'unexplained')).toMatchObject({ skus: 0, units: 0, top: [] });
      expect(board).toMatchObject({
        as_of: findings.as_of,
        skus: findings.summary.skus,
        drifting: findings.summary.drifting,
        units: findings.summary.units,
        noise: findings.noise,
        sync_mode: findings.sync_mode,
        coverage: findings.coverage,
      });
    });

    it('pages a cluster largest first, and the pages join up to the whole cluster', async () => {
      const whole = verdictsOf('phantom_stock').map(place);
      const first = unwrap(await list({ cluster: 'phantom_stock', limit: 4 }));
      const rest = unwrap(await list({ cluster: 'phantom_stock', limit: 4, offset: 4 }));
      expect(first.total).toBe(7);
      expect([...first.rows, ...rest.rows].map(place)).toEqual(whole);
      expect(unwrap(await list({ cluster: 'phantom_stock', offset: 50 }))).toMatchObject({ total: 7, rows: [] });
      const row = first.rows.find((candidate) => candidate.sku === 'HD_GRY_M');
      expect(row).toMatchObject({ location: 'Savannah_Port', also: ['stranded_adjustment'] });
      const verdict = verdictsOf('phantom_stock').find((candidate) => candidate.sku === 'HD_GRY_M');
      expect(row).toMatchObject({ units: verdict?.units, confidence: verdict?.confidence, drift: verdict?.drift, bucket: verdict?.bucket });
    });

    it('sorts by confidence or SKU either way, and filters on SKU or location ignoring case', async () => {
      const byConfidence = unwrap(await list({ cluster: 'ghost_shipment', sort: 'confidence', descending: false })).rows;
      const confidences = byConfidence.map((row) => row.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
      const bySku = unwrap(await list({ cluster: 'ghost_shipment', sort: 'sku', descending: true })).rows.map((row) => row.sku);
      expect(bySku).toEqual([...bySku].sort().reverse());

      const savannah = unwrap(await list({ cluster: 'phantom_stock', filter: 'savannah' }));
      expect(savannah.total).toBe(verdictsOf('phantom_stock').filter((verdict) => verdict.location === 'Savannah_Port').length);
      expect(savannah.rows.every((row) => row.location === 'Savannah_Port')).toBe(true);
      expect(unwrap(await list({ cluster: 'phantom_stock', filter: 'hd_gry' })).rows.map(place)).toEqual(['HD_GRY_M@Savannah_Port']);
    });

    it('refuses a page of an unknown cluster or of no rows', async () => {
      expect((await list({ cluster: 'gremlins' as 'phantom_stock' })).ok).toBe(false);
      expect((await list({ cluster: 'phantom_stock', limit: 0 })).ok).toBe(false);
    });

    it("gives one SKU's verdicts, evidence and checklist as the findings have them, its location matched loosely", async () => {
      const page = unwrap(await service.handlers.getSkuFindings({ sku: 'HD_GRY_M', location: 'savannah port' }));
      const mine = findings.verdicts.filter((verdict) => verdict.sku === 'HD_GRY_M' && verdict.location === 'Savannah_Port');
      expect(page).toMatchObject({ sku: 'HD_GRY_M', location: 'Savannah_Port', status: 'drift', as_of: findings.as_of });
      expect(page.figures).toEqual(mine[0]?.drift);
      expect(page.verdicts.map((verdict) => verdict.cluster)).toEqual(['phantom_stock', 'stranded_adjustment']);
      for (const verdict of page.verdicts) {
        const same = mine.find((candidate) => candidate.cluster === verdict.cluster);
        expect(verdict).toMatchObject({ confidence: same?.confidence, units: same?.units, first_check: same?.first_check });
        expect(verdict.evidence.slice(0, same?.evidence.length)).toEqual(same?.evidence);
        expect(verdict.evidence_total).toBeGreaterThanOrEqual(verdict.evidence.length);
        expect(verdict.evidence.length).toBeGreaterThan(0);
      }
      expect(page.checklist).toEqual(mine[0]?.checklist);
    });

    it("names each evidence row by its source file id and line, which find the row in its case table", async () => {
      const page = unwrap(await service.handlers.getSkuFindings({ sku: 'HD_GRY_M', location: 'Savannah_Port' }));
      for (const row of page.verdicts.flatMap((verdict) => verdict.evidence).slice(0, 6)) {
        const found = unwrap(
          await service.handlers.getTablePage({
            table: row.table,
            startRow: 0,
            endRow: 5,
            filter: {
              source_id: { filterType: 'number', type: 'equals', filter: row.source_id },
              line_number: { filterType: 'number', type: 'equals', filter: row.line },
            },
          }),
        );
        expect(found.rowCount, `${row.table} ${row.source_file}:${row.line}`).toBe(1);
        expect(found.rows[0]?.sku).toBe('HD_GRY_M');
      }
    });

    it('shows a SKU that agrees without verdicts or checklist, and refuses one the analysis never compared', async () => {
      const agreeing = unwrap(await service.handlers.getSkuFindings({ sku: 'SCK_BLK_M', location: 'Atlanta_FC' }));
      expect(agreeing).toMatchObject({ status: 'agree', verdicts: [], checklist: null, drift_units: 0 });
      const unknown = await service.handlers.getSkuFindings({ sku: 'NO_SUCH_SKU', location: null });
      expect(unknown.ok ? null : unknown.error).toEqual({ code: 'not_found', message: 'NO_SUCH_SKU was not compared by the last analysis' });
    });
  });
});
