// Coverage of the handoff layer: which event types each path carries and how often they fail, against the
// combinations the business needs (a needed type never seen is a configuration gap); written to analysis_coverage.
import type { CoverageRow } from '../../../shared/model/findings';
import type { Session } from '../db/case-database';
import coverageFailuresSql from '../sql/analysis/coverage-failures.sql?raw';
import coverageSql from '../sql/analysis/coverage.sql?raw';
import coverageCleanupSql from '../sql/analysis/coverage-cleanup.sql?raw';
import coverageReadSql from '../sql/analysis/coverage-read.sql?raw';

/**
 * What the business needs each path to carry: 'needed' is a gap when never seen; 'either' is needed on one of its
 * paths (inventory sync reaches the storefront from the WMS or the ERP, per location), a gap only when neither
 * carries any; 'reported' is listed for the record and never a gap (planning signals on erp->wms are what
 * phantom shrinkage needs, not what the flow does).
 */
export const NEEDED_COVERAGE: readonly { path: string; event_type: string; need: 'needed' | 'either' | 'reported' }[] = [
  { path: 'erp->wms', event_type: 'receipt', need: 'needed' },
  { path: 'erp->wms', event_type: 'order_release', need: 'needed' },
  { path: 'erp->wms', event_type: 'return', need: 'needed' },
  { path: 'erp->wms', event_type: 'planning_signal', need: 'reported' },
  { path: 'wms->erp', event_type: 'shipment_confirm', need: 'needed' },
  { path: 'wms->erp', event_type: 'adjustment', need: 'needed' },
  { path: 'wms->erp', event_type: 'return', need: 'needed' },
  { path: 'wms->storefront', event_type: 'inventory_sync', need: 'either' },
  { path: 'erp->storefront', event_type: 'inventory_sync', need: 'either' },
];

type Row = CoverageRow & Record<string, string | number | boolean | null>;

/** Measures coverage per path and event type; (re)creates analysis_coverage and returns its rows. */
export async function measureCoverage(session: Session): Promise<CoverageRow[]> {
  await session.run(coverageFailuresSql);
  await session.run(coverageSql, {
    needed: NEEDED_COVERAGE.map(({ path, event_type, need }) => `${path}|${event_type}|${need}`),
  });
  await session.run(coverageCleanupSql);
  return readCoverage(session);
}

/** The coverage rows of the last analysis, read back from analysis_coverage. */
export async function readCoverage(session: Session): Promise<CoverageRow[]> {
  const rows = await session.query<Row>(coverageReadSql);
  return rows.map(({ path, event_type, seen, failed, gap }) => ({ path, event_type, seen, failed, gap }));
}
