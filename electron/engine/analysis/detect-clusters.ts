// Runs every cluster detector, then turns their evidence into verdicts for the drifting SKU x locations.
import type { Session } from '../db/case-database';
import hitsCreateSql from '../sql/analysis/hits-create.sql?raw';
import verdictsSql from '../sql/analysis/verdicts.sql?raw';
import evidenceSql from '../sql/analysis/evidence.sql?raw';
import { DETECTORS } from './detectors';
import type { DetectorParams } from './detectors/detector';

/** A WMS decrement this soon after a planning signal is taken as its application (sync cycles apply in seconds). */
export const PLANNING_FOLLOW_S = 300;
/** An adjustment and its event or counterpart, when no reference ties them, are at most this far apart. */
export const ADJUSTMENT_MATCH_WINDOW_S = 6 * 3600;

export async function detectClusters(
  session: Session,
  options: { asOf: string; inFlightSeconds: number },
  onDetector: (done: number, total: number) => void = () => {},
): Promise<void> {
  const params: DetectorParams = {
    as_of: options.asOf,
    in_flight_s: options.inFlightSeconds,
    follow_s: PLANNING_FOLLOW_S,
    match_window_s: ADJUSTMENT_MATCH_WINDOW_S,
  };
  await session.run(hitsCreateSql);
  for (const [index, detector] of DETECTORS.entries()) {
    for (const statement of detector.sql) await session.run(statement, { ...params });
    onDetector(index + 1, DETECTORS.length);
  }
  await session.run(verdictsSql);
  await session.run(evidenceSql);
}
