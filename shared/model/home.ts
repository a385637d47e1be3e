// Plain data for the case home and the start screen: recent cases, the case summary strip and the sources manifest.

export interface RecentCase {
  /** Absolute path of the case file. */
  path: string;
  /** When it was last created or opened in Driftscope (ISO instant). */
  openedAt: string;
  /** False when the file is no longer there (moved, deleted, on a drive not mounted). */
  exists: boolean;
}

export interface ClusterCount {
  cluster: string;
  /** Distinct SKUs with a verdict of this cluster. */
  skus: number;
}

export interface CaseSummary {
  /** Distinct SKUs across events, ledger and snapshots. */
  skus: number;
  events: number;
  ledgerRows: number;
  snapshots: number;
  sources: number;
  rejects: number;
  /** Earliest and latest instant of any event, ledger row or snapshot capture (ISO), or null when none has one. */
  firstInstant: string | null;
  lastInstant: string | null;
  /** Null until the case has been analysed. */
  analysis: {
    analysedAt: string;
    /** Distinct SKUs drifting between systems at the as-of instant. */
    driftingSkus: number;
    clusters: ClusterCount[];
  } | null;
}

/** One imported file of the manifest, as the case home lists it. */
export interface SourceRecord {
  sourceId: number;
  path: string;
  relativePath: string;
  fileName: string;
  system: string | null;
  kind: string | null;
  format: string;
  encoding: string | null;
  /** The case table its rows went into (a canonical table, or a raw_* table for an unrecognised file). */
  tableName: string;
  presetId: string | null;
  presetName: string | null;
  matchReason: string | null;
  tzRule: string | null;
  rowsSeen: number;
  rowsLoaded: number;
  rowsRejected: number;
  sha256: string;
  bytes: number;
  importedAt: string;
  /** Warnings recorded at import (encoding, assumed zones, inferred offsets), one a line. */
  warnings: string[];
}
