// The case home's figures: the summary strip (DuckDB aggregates over the canonical and analysis tables) and the manifest.
import type { CaseSummary, SourceRecord } from '../../../shared/model/home';
import type { Session } from '../db/case-database';
import caseCountsSql from '../sql/home/case-counts.sql?raw';
import analysisPresentSql from '../sql/home/analysis-present.sql?raw';
import analysisDriftSql from '../sql/home/analysis-drift.sql?raw';
import analysisClustersSql from '../sql/home/analysis-clusters.sql?raw';
import sourcesListSql from '../sql/home/sources-list.sql?raw';

/** BIGINT counts arrive as text so that nothing is rounded; the few figures here fit a JS number. */
type Count = string | number;

interface CountsRow extends Record<string, string | number | null> {
  skus: Count;
  events: Count;
  ledger_rows: Count;
  snapshots: Count;
  sources: Count;
  rejects: Count;
  first_instant: string | null;
  last_instant: string | null;
}

export async function caseSummary(session: Session): Promise<CaseSummary> {
  const [counts] = await session.query<CountsRow>(caseCountsSql);
  if (counts === undefined) throw new Error('case-counts.sql returned no row');
  return {
    skus: Number(counts.skus),
    events: Number(counts.events),
    ledgerRows: Number(counts.ledger_rows),
    snapshots: Number(counts.snapshots),
    sources: Number(counts.sources),
    rejects: Number(counts.rejects),
    firstInstant: counts.first_instant,
    lastInstant: counts.last_instant,
    analysis: await analysisSummary(session),
  };
}

async function analysisSummary(session: Session): Promise<CaseSummary['analysis']> {
  const [present] = await session.query<{ analysed: boolean }>(analysisPresentSql);
  if (present?.analysed !== true) return null;
  const [drift] = await session.query<{ analysed_at: string | null; drifting: Count }>(analysisDriftSql);
  const clusters = await session.query<{ cluster: string; skus: Count }>(analysisClustersSql);
  return {
    analysedAt: drift?.analysed_at ?? '',
    driftingSkus: Number(drift?.drifting ?? 0),
    clusters: clusters.map((row) => ({ cluster: row.cluster, skus: Number(row.skus) })),
  };
}

interface SourceRow extends Record<string, string | number | null> {
  source_id: number;
  path: string;
  relative_path: string;
  file_name: string;
  system: string | null;
  kind: string | null;
  detected_format: string;
  encoding: string | null;
  table_name: string;
  preset_id: string | null;
  preset_name: string | null;
  match_reason: string | null;
  tz_rule: string | null;
  rows_seen: Count;
  rows_loaded: Count;
  rows_rejected: Count;
  sha256: string;
  bytes: Count;
  imported_at: string;
  warnings: string | null;
}

export async function listSources(session: Session): Promise<SourceRecord[]> {
  const rows = await session.query<SourceRow>(sourcesListSql);
  return rows.map((row) => ({
    sourceId: row.source_id,
    path: row.path,
    relativePath: row.relative_path,
    fileName: row.file_name,
    system: row.system,
    kind: row.kind,
    format: row.detected_format,
    encoding: row.encoding,
    tableName: row.table_name,
    presetId: row.preset_id,
    presetName: row.preset_name,
    matchReason: row.match_reason,
    tzRule: row.tz_rule,
    rowsSeen: Number(row.rows_seen),
    rowsLoaded: Number(row.rows_loaded),
    rowsRejected: Number(row.rows_rejected),
    sha256: row.sha256,
    bytes: Number(row.bytes),
    importedAt: row.imported_at,
    // The importer joins a file's warnings with '; ' (load-source.ts); a note that itself holds one reads as two lines.
    warnings: row.warnings === null || row.warnings === '' ? [] : row.warnings.split('; '),
  }));
}
