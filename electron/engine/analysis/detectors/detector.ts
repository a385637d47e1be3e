// What a cluster detector is: its cluster, the SQL that writes its evidence to analysis_hits, and where to look first.
import type { Cluster } from '../../../../shared/model/findings';

export interface Detector {
  cluster: Exclude<Cluster, 'unexplained'>;
  /** Statements that insert the detector's evidence rows into analysis_hits, in order; each takes the DetectorParams it names. */
  sql: readonly string[];
  /** The first handoff point a consultant should check for this cluster (domain.md). */
  firstCheck: string;
}

export interface DetectorParams {
  as_of: string;
  in_flight_s: number;
  /** How soon after a planning signal a WMS decrement counts as its application. */
  follow_s: number;
  /** How far apart an adjustment and its event or counterpart may be when no reference ties them. */
  match_window_s: number;
}
