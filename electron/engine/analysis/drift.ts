// The drift table: every SKU x location's figures per system at one instant, the gaps, and which gaps are drift.
import type { Session } from '../db/case-database';
import driftSql from '../sql/analysis/drift.sql?raw';
import driftCountsSql from '../sql/analysis/drift-counts.sql?raw';

/**
 * An ERP receipt whose erp->wms receipt was delivered is in flight this long while the WMS has not received it: the
 * goods still have to arrive and be put away, which takes hours, not a sync period.
 */
export const RECEIVING_WINDOW_S = 24 * 3600;

export interface DriftOptions {
  asOf: string;
  inFlightSeconds: number;
  /** How far the storefront may trail the system that feeds it: one sync period of the slowest storefront path. */
  storefrontLagSeconds: number;
}

export interface DriftCounts {
  items: number;
  drifting: number;
  inFlight: number;
  agreeing: number;
  singleSystem: number;
}

export async function buildDriftTable(session: Session, options: DriftOptions): Promise<DriftCounts> {
  await session.run(driftSql, {
    as_of: options.asOf,
    in_flight_s: options.inFlightSeconds,
    receiving_window_s: Math.max(options.inFlightSeconds, RECEIVING_WINDOW_S),
    storefront_lag_s: Math.max(options.inFlightSeconds, options.storefrontLagSeconds),
  });
  const [row] = await session.query<{ items: number; drifting: number; in_flight: number; agreeing: number; single_system: number }>(
    driftCountsSql,
  );
  return {
    items: Number(row?.items ?? 0),
    drifting: Number(row?.drifting ?? 0),
    inFlight: Number(row?.in_flight ?? 0),
    agreeing: Number(row?.agreeing ?? 0),
    singleSystem: Number(row?.single_system ?? 0),
  };
}
