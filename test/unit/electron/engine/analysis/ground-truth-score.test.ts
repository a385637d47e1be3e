import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDump } from '../../../../generator/generate-dump';
import { engineWithCase, unwrap } from '../../../../support/engine-harness';
import { scoreClusters, scoreSyncModes } from '../../../../support/score-findings';
import { tempFolder } from '../../../../support/temp-folder';

/**
 * Seeds vary the shapes, sync modes, sizes and fault counts; the detectors must hold on every one. They also vary
 * naming: 12 spells warehouses alike but for case and punctuation, while in 11, 14, 23 and 37 each system names them
 * its own way ('Atlanta DC', 'ATL3', 'Atlanta Fulfillment Center' or a numeric id) and one system writes some SKUs
 * otherwise (lower case in 11 and 37, without zero padding in 14, under a parent prefix in 23): analysis must meet
 * them through the crosswalk.
 */
const SEEDS = [11, 12, 14, 23, 37];

describe.each(SEEDS)('analysis scored against the ground truth of generated dump seed %i', (seed) => {
  it('finds every cluster with precision and recall of at least 0.9, and the sync mode of every path', async () => {
    const folder = tempFolder();
    const dump = join(folder, 'dump');
    const truth = await generateDump({ seed, outDir: dump, skus: 120, days: 4 });
    const { service } = await engineWithCase(folder);
    unwrap(await service.handlers.importFiles({ paths: [dump], timeZones: truth.time_zones }));
    const findings = unwrap(await service.handlers.analyzeCase({}));

    const clusters = scoreClusters(truth, findings);
    const report = clusters.map((score) => ({ ...score, missed: score.missed.slice(0, 5), extra: score.extra.slice(0, 5) }));
    for (const score of clusters) {
      expect.soft(score.precision, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.9);
      expect.soft(score.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.9);
    }
    expect(truth.verdicts.length).toBeGreaterThan(10);
    expect(scoreSyncModes(truth, findings).filter((score) => !score.right)).toEqual([]);
  }, 120_000);
});
