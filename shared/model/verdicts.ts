// The verdict board and SKU pages over the last analysis: aggregates, pages of a cluster's SKUs and one SKU's findings.
import type {
  Checklist,
  Cluster,
  CoverageRow,
  EvidenceRow,
  NoiseFinding,
  SyncModeFinding,
  SystemFigures,
} from './findings';

/** How many of a cluster's largest SKU x locations its card names. */
export const CARD_TOP_SKUS = 5;

/** The most SKU x locations one page of a cluster's list may carry. */
export const MAX_CLUSTER_PAGE = 500;

/** The most evidence rows the SKU page shows per verdict; the rest stay in the analysis_evidence table. */
export const SKU_EVIDENCE_ROWS = 200;

/** One SKU x location as a cluster names it: its units and the confidence of the cluster's verdict. */
export interface ClusterSkuRef {
  sku: string;
  location: string | null;
  units: number;
  confidence: number;
}

export interface ClusterCard {
  cluster: Cluster;
  /** SKU x locations carrying this cluster's verdict (0 when the detector found none). */
  skus: number;
  /** Units of drift the cluster accounts for. */
  units: number;
  first_check: string;
  /** The largest, by units (at most CARD_TOP_SKUS). */
  top: ClusterSkuRef[];
}

export interface VerdictBoard {
  as_of: string | null;
  analysed_at: string;
  /** SKU x locations compared, those drifting, and the units they drift by. */
  skus: number;
  drifting: number;
  units: number;
  /** One card per cluster, in the order the clusters are listed (CLUSTERS), unexplained last. */
  clusters: ClusterCard[];
  noise: NoiseFinding;
  sync_mode: SyncModeFinding[];
  coverage: CoverageRow[];
}

export const CLUSTER_SKU_SORTS = ['units', 'confidence', 'sku'] as const;
export type ClusterSkuSort = (typeof CLUSTER_SKU_SORTS)[number];

export interface ClusterSkusRequest {
  cluster: Cluster;
  sort: ClusterSkuSort;
  descending: boolean;
  /** Text the SKU or location must contain (case-insensitive); '' for all. */
  filter: string;
  offset: number;
  limit: number;
}

export interface ClusterSku extends ClusterSkuRef {
  /** Each system's figure at the as-of instant, in the bucket compared. */
  drift: SystemFigures;
  bucket: string;
  /** Every unit the SKU x location drifts by, whatever explains it. */
  drift_units: number;
  /** The other clusters the same SKU x location carries. */
  also: Cluster[];
}

export interface ClusterSkusPage {
  cluster: Cluster;
  first_check: string;
  /** SKU x locations of the cluster matching the filter. */
  total: number;
  offset: number;
  rows: ClusterSku[];
}

export interface SkuFindingsRequest {
  sku: string;
  /** The location as shown in the drift table (compared ignoring case and punctuation); null for none. */
  location: string | null;
}

export interface SkuVerdict {
  cluster: Cluster;
  confidence: number;
  units: number;
  first_check: string;
  /** Its first SKU_EVIDENCE_ROWS evidence rows, the rows accounting for units first. */
  evidence: EvidenceRow[];
  /** How many evidence rows the verdict has in all. */
  evidence_total: number;
}

export interface SkuFindings {
  sku: string;
  location: string | null;
  as_of: string | null;
  /** How the systems compare: drift, agree, single_system (only one system counts it), or in_flight. */
  status: string;
  bucket: string;
  figures: SystemFigures;
  drift_units: number;
  /** Largest first; empty when the SKU x location does not drift. */
  verdicts: SkuVerdict[];
  /** The consultant's checklist, filled in for a drifting SKU x location; null otherwise. */
  checklist: Checklist | null;
}
