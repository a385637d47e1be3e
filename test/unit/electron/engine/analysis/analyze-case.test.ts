import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../../../electron/engine/case/case-store';
import { createEngineService, type EngineService } from '../../../../../electron/engine/engine-service';
import { findingsSchema } from '../../../../../electron/engine/analysis/findings-schema';
import type { Findings } from '../../../../../shared/model/findings';
import { caseRows } from '../../../../support/case-rows';
import { AS_OF, buildScenario } from '../../../../support/drift-scenario';
import { unwrap } from '../../../../support/engine-harness';
import { tempFolder } from '../../../../support/temp-folder';

describe('analyzeCase through the engine service', () => {
  const folder = tempFolder();
  const casePath = join(folder, 'scenario.driftcase');
  const progress: number[] = [];
  let service: EngineService;
  let findings: Findings;

  beforeAll(async () => {
    const { db } = await createCase(casePath, { memoryLimit: '512MB', threads: 2 });
    await buildScenario(await caseRows(db));
    db.close();
    service = createEngineService({
      mode: 'browser',
      nativeDialogs: false,
      emit: (event, payload) => {
        if (event === 'onAnalysisProgress') progress.push((payload as { fraction: number }).fraction);
      },
      limits: { memoryLimit: '512MB', threads: 2 },
    });
    unwrap(await service.handlers.openCase({ path: casePath }));
    findings = unwrap(await service.handlers.analyzeCase({}));
  });
  afterAll(() => service.close());

  it('writes findings that match the published schema, with every verdict explained', () => {
    expect(findingsSchema.safeParse(findings).error).toBeUndefined();
    expect(findings.as_of).toBe(new Date(AS_OF).toISOString());
    expect(findings.summary).toMatchObject({ skus: 10, drifting: 6 });
    expect(findings.summary.by_cluster.map((row) => row.cluster).sort()).toEqual([
      'duplicate_application', 'ghost_shipment', 'phantom_shrinkage', 'phantom_stock', 'stranded_adjustment', 'unexplained',
    ]);
    for (const verdict of findings.verdicts) {
      expect(verdict.first_check.length).toBeGreaterThan(20);
      expect(verdict.checklist.steps).toHaveLength(5);
      if (verdict.cluster !== 'unexplained') expect(verdict.evidence.length).toBeGreaterThan(0);
    }
  });

  it('reports progress from start to finish', () => {
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('keeps the findings in the case for later', async () => {
    const saved = unwrap(await service.handlers.getFindings({}));
    expect(saved?.verdicts.length).toBe(findings.verdicts.length);
  });

  it('finds when a SKU last agreed and what broke it', () => {
    const ghost = findings.verdicts.find((verdict) => verdict.sku === 'GHOST');
    expect(ghost?.checklist.first_divergence).toBe('2026-11-20T10:00:00.000Z');
    expect(ghost?.checklist.last_known_good).toBeNull();
    const shrink = findings.verdicts.find((verdict) => verdict.sku === 'SHRINK');
    expect(shrink?.checklist.first_divergence).toBe('2026-11-20T11:00:20.000Z');
  });

  it('reconstructs a SKU step by step and as of a past instant', async () => {
    const history = unwrap(await service.handlers.getSkuHistory({ sku: 'SHRINK', location: 'RENO-DC' }));
    expect(history.opening).toMatchObject({ wms: 30, erp: 30 });
    expect(history.steps.filter((step) => step.system === 'wms').map((step) => step.level)).toEqual([28, 26, 24]);
    const before = unwrap(await service.handlers.getLevelsAsOf({ sku: 'SHRINK', location: 'Reno DC', at: '2026-11-20T11:20:00Z' }));
    expect(before.levels).toMatchObject({ wms: 26, erp: 30 });
    expect(history.as_of).toBe(new Date(AS_OF).toISOString());
    expect(history.first_divergence).toBe('2026-11-20T11:00:20.000Z');
  });

  it('refuses history for a SKU the drift table does not hold', async () => {
    const result = await service.handlers.getSkuHistory({ sku: 'NOPE', location: null });
    expect(result.ok).toBe(false);
  });

  it("answers the app's runAnalysis with the headline figures only, equal to the full findings'", async () => {
    const run = unwrap(await service.handlers.runAnalysis({}));
    expect(Object.keys(run).sort()).toEqual(['as_of', 'generated_at', 'summary']);
    expect(run.as_of).toBe(findings.as_of);
    expect(run.summary).toEqual(findings.summary);
  });
});
