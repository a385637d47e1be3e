// Reads an analysed case back as findings (schema driftscope.findings/1): only aggregates and verdict rows cross into JS.
import {
  FINDINGS_SCHEMA,
  type AnalysisSettings,
  type Cluster,
  type CountingSystem,
  type CoverageRow,
  type EvidenceRow,
  type Findings,
  type NoiseFinding,
  type SourceFinding,
  type SyncModeFinding,
  type Verdict,
} from '../../../shared/model/findings';
import type { JsonRow, Session } from '../db/case-database';
import findingsChecklistSql from '../sql/analysis/findings-checklist.sql?raw';
import findingsClustersSql from '../sql/analysis/findings-clusters.sql?raw';
import findingsEvidenceSql from '../sql/analysis/findings-evidence.sql?raw';
import findingsSourcesSql from '../sql/analysis/findings-sources.sql?raw';
import findingsSummarySql from '../sql/analysis/findings-summary.sql?raw';
import findingsVerdictsSql from '../sql/analysis/findings-verdicts.sql?raw';
import { buildChecklist, type ChecklistFacts } from './checklist';
import { firstCheckFor } from './detectors';

/** Evidence rows per verdict in the findings; the case keeps them all (analysis_evidence). */
export const EVIDENCE_PER_VERDICT = 25;

/** A silence counts as a gap in an export from 6 hours, and only beyond 1.75 times the file's usual daily pause. */
const SOURCE_GAP_RULE = { min_gap_s: 6 * 3600, gap_factor: 1.75 };

export interface FindingsInputs {
  appVersion: string;
  settings: AnalysisSettings;
  asOf: string | null;
  syncModes: SyncModeFinding[];
  noise: NoiseFinding;
  coverage: CoverageRow[];
}

const itemKey = (sku: unknown, locKey: unknown): string => `${String(sku)}\u0001${String(locKey)}`;

export const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function groupBy<T extends JsonRow>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Every SKU x location, for the queries that read one or all (findings-evidence.sql, findings-checklist.sql). */
export const ALL_ITEMS = { sku: null, loc_key: null };

/** A row of findings-checklist.sql as the checklist reads it. */
export function checklistFacts(row: JsonRow): ChecklistFacts {
  return {
    wms: numberOrNull(row.wms),
    erp: numberOrNull(row.erp),
    storefront: numberOrNull(row.storefront),
    changed_last: (row.changed_last as CountingSystem | null) ?? null,
    wms_last_change: (row.wms_last_change as string | null) ?? null,
    erp_last_change: (row.erp_last_change as string | null) ?? null,
    storefront_last_change: (row.storefront_last_change as string | null) ?? null,
    last_known_good: (row.last_known_good as string | null) ?? null,
    first_divergence: (row.first_divergence as string | null) ?? null,
    divergence_system: (row.divergence_system as string | null) ?? null,
    divergence_file: (row.divergence_file as string | null) ?? null,
    divergence_line: numberOrNull(row.divergence_line),
    window_from: String(row.window_from),
    window_to: String(row.window_to),
    window_events: Number(row.window_events),
    window_failed: Number(row.window_failed),
    window_codes: JSON.parse(String(row.window_codes)) as string[],
    window_repeated: Number(row.window_repeated),
    window_missing: Number(row.window_missing),
    inbound_failed: Number(row.inbound_failed),
    outbound_failed: Number(row.outbound_failed),
    planning_signals: Number(row.planning_signals),
  };
}

/** A row of findings-evidence.sql as the findings list it. */
export function evidenceRow(row: JsonRow): EvidenceRow {
  return {
    table: row.evidence_table as EvidenceRow['table'],
    source_file: String(row.source_file),
    source_id: Number(row.source_id),
    line: numberOrNull(row.line_number),
    ts: (row.ts as string | null) ?? null,
    summary: String(row.summary),
  };
}

/** The manifest as the findings list it: each file with its time range and the gaps inside it. */
export async function sourceFindings(session: Session): Promise<SourceFinding[]> {
  const rows = await session.query(findingsSourcesSql, SOURCE_GAP_RULE);
  return rows.map((row) => ({
    file: String(row.file),
    sha256: String(row.sha256),
    system: (row.system as string | null) ?? null,
    kind: (row.kind as string | null) ?? null,
    preset: (row.preset as string | null) ?? null,
    tz_rule: (row.tz_rule as string | null) ?? null,
    warnings: (row.warnings as string | null) ?? null,
    bytes: Number(row.bytes),
    rows_loaded: Number(row.rows_loaded),
    rejected: Number(row.rejected),
    first_ts: (row.first_ts as string | null) ?? null,
    last_ts: (row.last_ts as string | null) ?? null,
    gaps: (row.gaps as { from: string; to: string }[] | null) ?? null,
  }));
}

export async function readFindings(session: Session, inputs: FindingsInputs): Promise<Findings> {
  const [summary] = await session.query(findingsSummarySql);
  const clusters = await session.query(findingsClustersSql);
  const sources = await sourceFindings(session);
  const verdictRows = await session.query(findingsVerdictsSql);
  const evidence = groupBy(await session.query(findingsEvidenceSql, { ...ALL_ITEMS, per_verdict: EVIDENCE_PER_VERDICT }), (row) =>
    `${itemKey(row.sku, row.loc_key)}\u0001${String(row.cluster)}`,
  );
  const facts = new Map((await session.query(findingsChecklistSql, ALL_ITEMS)).map((row) => [itemKey(row.sku, row.loc_key), row]));
  const clustersOfItem = groupBy(verdictRows, (row) => itemKey(row.sku, row.loc_key));

  const verdicts: Verdict[] = verdictRows.map((row) => {
    const key = itemKey(row.sku, row.loc_key);
    const cluster = row.cluster as Cluster;
    const itemClusters = (clustersOfItem.get(key) ?? []).map((other) => other.cluster as Cluster);
    const factRow = facts.get(key);
    if (!factRow) throw new Error(`analysis_checklist lacks ${String(row.sku)} at ${String(row.location)}`);
    return {
      sku: String(row.sku),
      location: (row.location as string | null) ?? null,
      cluster,
      confidence: Number(row.confidence),
      units: Number(row.units),
      drift: { wms: numberOrNull(row.wms), erp: numberOrNull(row.erp), storefront: numberOrNull(row.storefront) },
      bucket: String(row.bucket),
      first_check: firstCheckFor(cluster),
      evidence: (evidence.get(`${key}\u0001${cluster}`) ?? []).map(evidenceRow),
      checklist: buildChecklist(checklistFacts(factRow), itemClusters, inputs.syncModes, inputs.coverage),
    };
  });

  return {
    schema: FINDINGS_SCHEMA,
    generated_at: new Date().toISOString(),
    app_version: inputs.appVersion,
    settings: inputs.settings,
    as_of: inputs.asOf,
    summary: {
      skus: Number(summary?.skus ?? 0),
      drifting: Number(summary?.drifting ?? 0),
      units: Number(summary?.units ?? 0),
      by_cluster: clusters.map((row) => ({ cluster: row.cluster as Cluster, skus: Number(row.skus), units: Number(row.units) })),
      events: Number(summary?.events ?? 0),
      rejected_rows: Number(summary?.rejected_rows ?? 0),
      time_span: { from: (summary?.time_from as string | null) ?? null, to: (summary?.time_to as string | null) ?? null },
    },
    sources,
    verdicts,
    sync_mode: inputs.syncModes,
    noise: inputs.noise,
    coverage: inputs.coverage,
  };
}
