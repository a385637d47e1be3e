// The findings of an analysis (schema driftscope.findings/1): verdicts, sync mode, noise, coverage, sources.

export const FINDINGS_SCHEMA = 'driftscope.findings/1';

export const CLUSTERS = [
  'phantom_stock',
  'ghost_shipment',
  'phantom_shrinkage',
  'stranded_adjustment',
  'duplicate_application',
  'unexplained',
] as const;
export type Cluster = (typeof CLUSTERS)[number];

/** How each cluster is named to people (UI, report). */
export const CLUSTER_LABELS: Record<Cluster, string> = {
  phantom_stock: 'Phantom stock',
  ghost_shipment: 'Ghost shipment',
  phantom_shrinkage: 'Phantom shrinkage',
  stranded_adjustment: 'Stranded adjustment',
  duplicate_application: 'Duplicate application',
  unexplained: 'Unexplained drift',
};

/** A cluster's label, or the id itself when it is not one of ours. */
export function clusterLabel(cluster: string): string {
  return (CLUSTER_LABELS as Record<string, string>)[cluster] ?? cluster;
}

/** The three systems that hold counts; middleware carries events between them. */
export const COUNTING_SYSTEMS = ['erp', 'wms', 'storefront'] as const;
export type CountingSystem = (typeof COUNTING_SYSTEMS)[number];

export const SYNC_MODES = ['clock', 'event', 'mixed', 'unknown'] as const;
export type SyncModeName = (typeof SYNC_MODES)[number];

export interface AnalysisSettings {
  /** Gaps explained by events younger than this (seconds before the as-of instant) are in flight, not drift. */
  in_flight_s: number;
  /** The instant every system's figure is rolled to; null means the latest snapshot capture. */
  as_of: string | null;
  /** Half-width of the checklist's event window around the last known-good moment, in seconds. */
  window_s: number;
}

/** What analyzeCase takes: any settings left out keep their defaults. */
export type AnalyzeRequest = Partial<AnalysisSettings>;

/** Where a running analysis is: the step and how far the whole run is, 0..1. */
export interface AnalysisProgress {
  step: string;
  fraction: number;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { in_flight_s: 15 * 60, as_of: null, window_s: 3600 };

export interface SourceFinding {
  file: string;
  sha256: string;
  system: string | null;
  kind: string | null;
  preset: string | null;
  tz_rule: string | null;
  /** What import noticed about the file (zone read as UTC, an inferred offset and how sure, encoding). */
  warnings: string | null;
  bytes: number;
  rows_loaded: number;
  rejected: number;
  /** The earliest and latest time in the file's rows (null for a file without times). */
  first_ts: string | null;
  last_ts: string | null;
  /** The longest silences inside that range, longest first (null for a file without times). */
  gaps: { from: string; to: string }[] | null;
}

/** One row of the client's own data that supports a verdict. */
export interface EvidenceRow {
  table: 'events' | 'ledger' | 'snapshots';
  source_file: string;
  /** The file's id in the case's sources table: with the line, it names the row in its case table. */
  source_id: number;
  line: number | null;
  ts: string | null;
  summary: string;
}

/** Each system's figure at the as-of instant, or null where the system has no figure for the SKU. */
export type SystemFigures = Record<CountingSystem, number | null>;

export interface ChecklistStep {
  step: 1 | 2 | 3 | 4 | 5;
  title: string;
  clean: boolean;
  finding: string;
}

export interface Checklist {
  last_modified: Record<CountingSystem, string | null>;
  changed_last: CountingSystem | null;
  last_known_good: string | null;
  first_divergence: string | null;
  direction: 'inbound' | 'outbound' | 'bidirectional' | 'unknown';
  steps: ChecklistStep[];
  conclusion: string;
}

export interface Verdict {
  sku: string;
  location: string | null;
  cluster: Cluster;
  confidence: number;
  /** Units the cluster accounts for (positive). */
  units: number;
  drift: SystemFigures;
  /** The quantity bucket the figures are in: on_hand or available. */
  bucket: string;
  first_check: string;
  evidence: EvidenceRow[];
  checklist: Checklist;
}

export interface SyncModeFinding {
  path: string;
  mode: SyncModeName;
  period_s: number | null;
  jitter_s: number | null;
  /** Typical seconds from the source transaction to the event, for event-driven paths. */
  lag_s: number | null;
  events: number;
  evidence: string;
}

export interface ErrorCodeCount {
  path: string | null;
  event_type: string;
  code: string;
  count: number;
  first_seen: string | null;
  last_seen: string | null;
}

export interface NoiseFinding {
  duplicates_applied: number;
  duplicates_ignored: number;
  errors_by_code: ErrorCodeCount[];
  missing_fields: { field: string; count: number }[];
  retries: { retried: number; succeeded_later: number; never_succeeded: number };
}

export interface CoverageRow {
  path: string;
  event_type: string;
  seen: number;
  failed: number;
  /** True when the business needs this type on this path and none was seen: a configuration gap. */
  gap: boolean;
}

/**
 * What the app needs of an analysis run: its headline figures. The board, lists and SKU pages then ask for aggregates
 * and pages, so a run with tens of thousands of verdicts never crosses into the window whole.
 */
export type AnalysisRun = Pick<Findings, 'generated_at' | 'as_of' | 'summary'>;

export interface Findings {
  schema: typeof FINDINGS_SCHEMA;
  generated_at: string;
  app_version: string;
  settings: AnalysisSettings;
  as_of: string | null;
  summary: {
    skus: number;
    drifting: number;
    units: number;
    by_cluster: { cluster: Cluster; skus: number; units: number }[];
    events: number;
    rejected_rows: number;
    time_span: { from: string | null; to: string | null };
  };
  sources: SourceFinding[];
  verdicts: Verdict[];
  sync_mode: SyncModeFinding[];
  noise: NoiseFinding;
  coverage: CoverageRow[];
}
