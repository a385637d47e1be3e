// The verdict board: one card per cluster with its SKU count, units and largest SKUs, and the noise, sync-mode and
// coverage findings; aggregates only, so the board is as light at 50,000 verdicts as at 5.
import { CLUSTERS, type Cluster } from '../../../shared/model/findings';
import { CARD_TOP_SKUS, type ClusterCard, type ClusterSkuRef, type VerdictBoard } from '../../../shared/model/verdicts';
import type { Session } from '../db/case-database';
import { firstCheckFor } from '../analysis/detectors';
import { readCoverage } from '../analysis/coverage';
import { readNoise } from '../analysis/noise';
import { readSyncModes } from '../analysis/sync-mode';
import boardClustersSql from '../sql/verdicts/board-clusters.sql?raw';
import boardSummarySql from '../sql/verdicts/board-summary.sql?raw';
import { hasFindings } from './analysed-case';

interface ClusterRow {
  cluster: string;
  skus: number;
  units: number;
  top: string;
  [column: string]: string | number | null;
}

/** The board of the case's last analysis, or null when it has not been analysed. */
export async function getVerdictBoard(session: Session): Promise<VerdictBoard | null> {
  if (!(await hasFindings(session))) return null;
  const [summary] = await session.query(boardSummarySql);
  if (summary === undefined) throw new Error('board-summary.sql returned no row');
  const found = new Map(
    (await session.query<ClusterRow>(boardClustersSql, { top: CARD_TOP_SKUS })).map((row) => [row.cluster, row]),
  );
  // Every cluster gets its card, found or not: a detector that found nothing is a finding too.
  const clusters = CLUSTERS.map((cluster: Cluster): ClusterCard => {
    const row = found.get(cluster);
    return {
      cluster,
      skus: Number(row?.skus ?? 0),
      units: Number(row?.units ?? 0),
      first_check: firstCheckFor(cluster),
      top: row === undefined ? [] : (JSON.parse(row.top) as ClusterSkuRef[]),
    };
  });
  return {
    as_of: (summary.as_of as string | null) ?? null,
    analysed_at: String(summary.analysed_at),
    skus: Number(summary.skus),
    drifting: Number(summary.drifting),
    units: Number(summary.units),
    clusters,
    noise: await readNoise(session),
    sync_mode: await readSyncModes(session),
    coverage: await readCoverage(session),
  };
}
