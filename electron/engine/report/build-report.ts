// Gathers what the report is rendered from: the saved findings, the histories of the SKUs that get a page (starred
// ones, else the largest drifts) and the consultant's annotations.
import { basename, extname } from 'node:path';
import { annotationLocationKey } from '../../../shared/model/annotations';
import type { Verdict } from '../../../shared/model/findings';
import type { SkuHistory } from '../../../shared/model/history';
import { skuHistory } from '../analysis/history';
import { savedFindings } from '../analysis/run-analysis';
import { listAnnotations } from '../annotations/annotations';
import { listStarredSkus } from '../annotations/starred-skus';
import type { CaseDatabase } from '../db/case-database';
import { EngineError } from '../engine-error';
import type { PageChoice, ReportInput } from './report-input';

type Item = { sku: string; location: string | null };

/** The SKU x locations of the largest verdicts, each once (a SKU may carry several clusters), largest first. */
export function topItems(verdicts: readonly Verdict[], top: number): Item[] {
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

/** Starred SKU x locations, largest drift first as the other pages are; those without a verdict come last. */
export function starredItems(verdicts: readonly Verdict[], starred: readonly Item[]): Item[] {
  const key = (item: Item) => JSON.stringify([item.sku, annotationLocationKey(item.location)]);
  const units = new Map<string, number>();
  for (const verdict of verdicts) units.set(key(verdict), Math.max(units.get(key(verdict)) ?? 0, verdict.units));
  return [...starred]
    .sort((a, b) => (units.get(key(b)) ?? -1) - (units.get(key(a)) ?? -1) || a.sku.localeCompare(b.sku))
    .map(({ sku, location }) => ({ sku, location }));
}

export async function buildReport(db: CaseDatabase, options: { top: number }): Promise<ReportInput> {
  const findings = await savedFindings(db.session);
  if (findings === null) throw new EngineError('bad_request', 'The case has not been analysed yet: run driftscope analyze first');
  const starred = (await listStarredSkus(db.session)).map(({ sku, location }) => ({ sku, location }));
  const annotations = await listAnnotations(db.session, {});
  const pageChoice: PageChoice = { basis: starred.length > 0 ? 'starred' : 'largest', top: options.top, missing: [] };
  const items = pageChoice.basis === 'starred' ? starredItems(findings.verdicts, starred) : topItems(findings.verdicts, options.top);
  const histories: SkuHistory[] = [];
  for (const item of items) {
    try {
      histories.push(await skuHistory(db, item));
    } catch (error) {
      // A star outlives analyses: one the last analysis did not compare is named in the report, not fatal.
      if (!(error instanceof EngineError && error.code === 'not_found')) throw error;
      pageChoice.missing.push(item);
    }
  }
  return { findings, histories, pageChoice, starred, annotations, caseName: basename(db.path, extname(db.path)) };
}
