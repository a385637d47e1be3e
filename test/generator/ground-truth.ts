// The answer key written beside every generated dump (ground_truth.json): what each file is and what is wrong where.

export const GENERATOR_ID = 'driftscope-generator/1';

export type Cluster =
  | 'phantom_stock'
  | 'ghost_shipment'
  | 'phantom_shrinkage'
  | 'stranded_adjustment'
  | 'duplicate_application';

export type HealthyKind = 'retry_succeeded' | 'ignored_duplicate' | 'in_flight' | 'zero_everywhere' | 'error_fixed';

export interface GroundTruthFile {
  /** Relative to the dump folder, `/`-separated. */
  path: string;
  /** The preset id Driftscope must recognise the file as. */
  preset: string;
  /** Good records (rows loaded); the header and malformed lines are not counted. */
  records: number;
  /** Physical line numbers (header = line 1) of the lines that must be rejected. */
  malformed_lines: number[];
  /** For snapshots: the capture instant (ISO, UTC); also the file's modification time. */
  captured_at?: string;
}

export interface Verdict {
  sku: string;
  /** The WMS spelling of the location. */
  location: string;
  cluster: Cluster;
  /** Size of the gap this fault causes, always positive. */
  units: number;
  /** The business reference that proves it (PO, SO, RMA, adjustment id, first planning record id). */
  reference: string;
  /** Every reference involved (all planning record ids for phantom_shrinkage). */
  references: string[];
  /** Which form of the fault this is, e.g. `never_fired` or `failed` for ghost_shipment. */
  variant: string;
}

export interface HealthyCase {
  sku: string;
  location: string;
  kind: HealthyKind;
  /** The reference of the flow that looks suspicious but is fine; empty for zero_everywhere. */
  reference: string;
}

export interface SyncModeTruth {
  path: string;
  mode: 'clock' | 'event';
  period_s: number | null;
}

export interface ExpectedFigure {
  sku: string;
  location: string;
  wms: number;
  erp: number;
  storefront: number;
}

/** How each system names things: identities in verdicts and figures are the catalogue's SKU and the WMS's location. */
export interface NamingTruth {
  /** Each system names warehouses its own way ('Atlanta DC', 'ATL1', an id), not only in case and punctuation. */
  own_location_names: boolean;
  /** Every warehouse as each system writes it. */
  locations: { erp: string; wms: string; storefront: string }[];
  /** SKUs a system writes otherwise than the catalogue: in lower case, without zero padding, under a parent prefix. */
  sku_variants: { system: string; variant: string; sku: string; written: string }[];
}

export interface GroundTruth {
  seed: number;
  generator: typeof GENERATOR_ID;
  /** The --tz rules a consultant passes for this dump's naive times. */
  time_zones: string[];
  /** The latest snapshot capture; expected_figures are on hand at this instant. */
  as_of: string;
  files: GroundTruthFile[];
  verdicts: Verdict[];
  healthy: HealthyCase[];
  sync_mode: SyncModeTruth[];
  expected_figures: ExpectedFigure[];
  naming: NamingTruth;
}

/** A file's entry in the answer key, from what its writer reports (and, for snapshots, the capture instant in ms). */
export function fileTruth(
  path: string,
  preset: string,
  outcome: { records: number; malformedLines: number[] },
  capturedAt?: number,
): GroundTruthFile {
  const file: GroundTruthFile = { path, preset, records: outcome.records, malformed_lines: outcome.malformedLines };
  if (capturedAt !== undefined) file.captured_at = new Date(capturedAt).toISOString();
  return file;
}
