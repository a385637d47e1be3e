// One SKU x location's findings for its page: how the systems compare, its verdicts with their evidence rows, and
// the checklist filled in, read from the analysis tables for that item alone.
import type { Cluster } from '../../../shared/model/findings';
import { SKU_EVIDENCE_ROWS, type SkuFindings, type SkuFindingsRequest, type SkuVerdict } from '../../../shared/model/verdicts';
import type { Session } from '../db/case-database';
import { EngineError } from '../engine-error';
import { buildChecklist } from '../analysis/checklist';
import { readCoverage } from '../analysis/coverage';
import { firstCheckFor } from '../analysis/detectors';
import { checklistFacts, evidenceRow, numberOrNull } from '../analysis/findings';
import { readSyncModes } from '../analysis/sync-mode';
import findingsChecklistSql from '../sql/analysis/findings-checklist.sql?raw';
import findingsEvidenceSql from '../sql/analysis/findings-evidence.sql?raw';
import locationKeySql from '../sql/analysis/location-key.sql?raw';
import skuItemSql from '../sql/verdicts/sku-item.sql?raw';
import skuVerdictsSql from '../sql/verdicts/sku-verdicts.sql?raw';
import { requireFindings } from './analysed-case';

export async function getSkuFindings(session: Session, request: SkuFindingsRequest): Promise<SkuFindings> {
  await requireFindings(session);
  const [key] = await session.query<{ loc_key: string }>(locationKeySql, { location: request.location });
  const item = { sku: request.sku, loc_key: key?.loc_key ?? '' };
  const [drift] = await session.query(skuItemSql, item);
  if (drift === undefined) {
    const where = request.location === null ? '' : ` at ${request.location}`;
    throw new EngineError('not_found', `${request.sku}${where} was not compared by the last analysis`);
  }
  const verdictRows = await session.query(skuVerdictsSql, item);
  const evidence = (await session.query(findingsEvidenceSql, { ...item, per_verdict: SKU_EVIDENCE_ROWS })).map((row) => ({
    cluster: String(row.cluster),
    row: evidenceRow(row),
  }));
  const verdicts = verdictRows.map((row): SkuVerdict => {
    const cluster = row.cluster as Cluster;
    return {
      cluster,
      confidence: Number(row.confidence),
      units: Number(row.units),
      first_check: firstCheckFor(cluster),
      evidence: evidence.filter((entry) => entry.cluster === cluster).map((entry) => entry.row),
      evidence_total: Number(row.evidence_total),
    };
  });
  const [facts] = await session.query(findingsChecklistSql, item);
  const checklist =
    facts === undefined
      ? null
      : buildChecklist(
          checklistFacts(facts),
          // In cluster order, as the findings list them, so the conclusion reads the same here and in the report.
          verdicts.map((verdict) => verdict.cluster).sort(),
          await readSyncModes(session),
          await readCoverage(session),
        );
  return {
    sku: String(drift.sku),
    location: (drift.location as string | null) ?? null,
    as_of: (drift.as_of as string | null) ?? null,
    status: String(drift.status),
    bucket: String(drift.bucket),
    figures: { erp: numberOrNull(drift.erp), wms: numberOrNull(drift.wms), storefront: numberOrNull(drift.storefront) },
    drift_units: Number(drift.drift_units),
    verdicts,
    checklist,
  };
}
