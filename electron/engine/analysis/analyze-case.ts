// Analyses an imported case end to end: drift, cluster verdicts, history, checklist, sync mode, noise, coverage.
import type { AnalysisProgress, AnalysisSettings, Findings } from '../../../shared/model/findings';
import type { CaseDatabase } from '../db/case-database';
import analysisRunSql from '../sql/analysis/analysis-run.sql?raw';
import checklistSql from '../sql/analysis/checklist.sql?raw';
import knownGoodSql from '../sql/analysis/known-good.sql?raw';
import levelChangesViewSql from '../sql/analysis/level-changes-view.sql?raw';
import levelScopeSql from '../sql/analysis/level-scope.sql?raw';
import storefrontFeedSpacingSql from '../sql/analysis/storefront-feed-spacing.sql?raw';
import { measureCoverage } from './coverage';
import { detectClusters } from './detect-clusters';
import { buildDriftTable } from './drift';
import { readFindings } from './findings';
import { summariseNoise } from './noise';
import { prepareAnalysis, resolveAsOf } from './prepare-analysis';
import { detectSyncModes } from './sync-mode';

const STEPS = ['Preparing', 'Sync mode', 'Drift table', 'Detectors', 'History', 'Checklist', 'Noise', 'Coverage', 'Findings'];

/** A clock-driven storefront path may leave the storefront one period behind its feeder, plus a minute of jitter. */
const STOREFRONT_JITTER_S = 60;
/** Inventory syncs this close together are one push of the storefront's levels. */
const STOREFRONT_BATCH_GAP_S = 60;
/** A longer pause between pushes is a quiet night, not the push's spacing. */
const STOREFRONT_MAX_GAP_S = 6 * 3600;

export async function analyzeCase(
  db: CaseDatabase,
  settings: AnalysisSettings,
  appVersion: string,
  onProgress: (progress: AnalysisProgress) => void = () => {},
): Promise<Findings> {
  return db.withSession(async (session) => {
    const step = (name: string, within = 0): void =>
      onProgress({ step: name, fraction: (STEPS.indexOf(name) + within) / STEPS.length });

    step('Preparing');
    await db.oneAtATime(() => prepareAnalysis(session));
    const asOf = await resolveAsOf(session, settings.as_of);
    await session.run(analysisRunSql, {
      as_of: asOf,
      in_flight_s: settings.in_flight_s,
      window_s: settings.window_s,
      app_version: appVersion,
    });

    step('Sync mode');
    const syncModes = await detectSyncModes(session);
    const [spacing] = await session.query<{ spacing_s: number | null }>(storefrontFeedSpacingSql, {
      as_of: asOf,
      batch_gap_s: STOREFRONT_BATCH_GAP_S,
      max_gap_s: STOREFRONT_MAX_GAP_S,
    });
    const storefrontLag = Math.max(
      0,
      Number(spacing?.spacing_s ?? 0),
      ...syncModes.filter((mode) => mode.path.endsWith('->storefront') && mode.period_s !== null).map((mode) => Number(mode.period_s)),
    );

    step('Drift table');
    await buildDriftTable(session, {
      asOf,
      inFlightSeconds: settings.in_flight_s,
      storefrontLagSeconds: storefrontLag + STOREFRONT_JITTER_S,
    });
    await session.run(levelScopeSql, { sku: null, loc_key: null });
    await session.run(levelChangesViewSql);

    step('Detectors');
    await detectClusters(session, { asOf, inFlightSeconds: settings.in_flight_s }, (done, total) =>
      step('Detectors', done / total),
    );

    step('History');
    await session.run(knownGoodSql);

    step('Checklist');
    await session.run(checklistSql, { window_s: settings.window_s });

    step('Noise');
    const noise = await summariseNoise(session);
    step('Coverage');
    const coverage = await measureCoverage(session);

    step('Findings');
    const findings = await readFindings(session, { appVersion, settings, asOf, syncModes, noise, coverage });
    onProgress({ step: 'Done', fraction: 1 });
    return findings;
  });
}
