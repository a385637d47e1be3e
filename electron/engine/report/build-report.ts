// Gathers what the report is rendered from: the case's saved findings and the histories of its largest drifts.
import { basename, extname } from 'node:path';
import type { Verdict } from '../../../shared/model/findings';
import type { SkuHistory } from '../../../shared/model/history';
import { skuHistory } from '../analysis/history';
import { savedFindings } from '../analysis/run-analysis';
import type { CaseDatabase } from '../db/case-database';
import { EngineError } from '../engine-error';
import type { ReportInput } from './report-input';

/** The SKU x locations of the largest verdicts, each once (a SKU may carry several clusters), largest first. */
export function topItems(verdicts: readonly Verdict[], top: number): { sku: string; location: string | null }[] {
  const largest = new Map<string, { sku: string; location: string | null; units: number }>();
  for (const verdict of verdicts) {
    const key = JSON.stringify([verdict.sku, verdict.location]);
    const seen = largest.get(key);
    if (seen === undefined || verdict.units > seen.units) largest.set(key, { sku: verdict.sku, location: verdict.location, units: verdict.units });
  }
  return [...largest.values()]
    .sort((a, b) => b.units - a.units || a.sku.localeCompare(b.sku))
    .slice(0, top)
    .map(({ sku, location }) => ({ sku, location }));
}

export async function buildReport(db: CaseDatabase, options: { top: number }): Promise<ReportInput> {
  const findings = await savedFindings(db.session);
  if (findings === null) throw new EngineError('bad_request', 'The case has not been analysed yet: run driftscope analyze first');
  const histories: SkuHistory[] = [];
  for (const item of topItems(findings.verdicts, options.top)) histories.push(await skuHistory(db, item));
  return { findings, histories, caseName: basename(db.path, extname(db.path)) };
}
