// The findings report as one self-contained HTML file: inline style and SVG only, no script, nothing fetched.
import type { Verdict } from '../../../shared/model/findings';
import { escapeHtml } from './escape-html';
import { formatInstant, formatNumber } from './report-format';
import type { ReportInput } from './report-input';
import { renderClusters } from './report-clusters';
import { placeName, renderSkuPage } from './report-sku-page';
import { REPORT_CSS } from './report-style';
import { renderSummary } from './report-summary';
import { renderAppendix, renderCoverage, renderLimitations, renderNoise } from './report-tables';
import { annotationLocationKey } from '../../../shared/model/annotations';
import { renderAnnotationsSection } from './report-annotations';
import { ReportReview } from './report-review';

/** Nothing may load: no script, font, stylesheet or image from anywhere, and images only as data: URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const sameItem = (verdict: Verdict, sku: string, location: string | null) => verdict.sku === sku && verdict.location === location;

/** Which SKUs have pages and why, said plainly: starred by the consultant, or the largest drifts when none is. */
function pageChoiceText(input: ReportInput): string {
  const { pageChoice } = input;
  const pages = formatNumber(input.histories.length);
  const each = 'each with its history per system, the checklist, its evidence and the consultant\'s notes';
  const text =
    pageChoice.basis === 'starred'
      ? `The ${pages} SKU × location(s) the consultant starred, largest drift first, ${each}.`
      : `No SKU is starred, so the ${pages} largest drifts (up to ${formatNumber(pageChoice.top)}) have pages, ${each}. Star SKUs in Driftscope to choose them.`;
  const missing =
    pageChoice.missing.length === 0
      ? ''
      : ` Starred but not compared by the last analysis, so without a page: ${pageChoice.missing.map((item) => `<span class="code">${escapeHtml(placeName(item.sku, item.location))}</span>`).join(', ')}.`;
  return `<p class="muted" data-testid="page-choice" data-basis="${pageChoice.basis}">${escapeHtml(text)}${missing}</p>`;
}

function renderSkuPages(input: ReportInput, review: ReportReview): string {
  if (input.histories.length === 0 && input.pageChoice.missing.length === 0) return '';
  const starred = new Set(input.starred.map((item) => JSON.stringify([item.sku, annotationLocationKey(item.location)])));
  const pages = input.histories.map((history, index) =>
    renderSkuPage(
      history,
      input.findings.verdicts.filter((verdict) => sameItem(verdict, history.sku, history.location)).sort((a, b) => b.units - a.units),
      { index, review, starred: starred.has(JSON.stringify([history.sku, annotationLocationKey(history.location)])) },
    ),
  );
  const contents = input.histories
    .map((history, index) => `<li><a href="#sku-${index + 1}">${escapeHtml(placeName(history.sku, history.location))}</a></li>`)
    .join('');
  return (
    '<section id="sku-pages" class="major" data-testid="section-sku-pages"><h2>SKU pages</h2>' +
    pageChoiceText(input) +
    `<ol>${contents}</ol>${pages.join('')}</section>`
  );
}

export function renderReportHtml(input: ReportInput): string {
  const { findings } = input;
  const review = new ReportReview(input.annotations);
  const title = `Inventory drift findings: ${input.caseName}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Driftscope ${escapeHtml(findings.app_version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head><body><main>',
    `<header class="cover"><h1>${escapeHtml(title)}</h1>` +
      `<p>Systems compared at ${escapeHtml(formatInstant(findings.as_of))} · generated ${escapeHtml(formatInstant(findings.generated_at))} ` +
      `by Driftscope ${escapeHtml(findings.app_version)}, offline, from the client's own exports</p></header>`,
    renderSummary(findings, review),
    renderClusters(findings, review),
    renderSkuPages(input, review),
    renderAnnotationsSection(review),
    renderNoise(findings),
    renderCoverage(findings),
    renderLimitations(findings),
    renderAppendix(findings, input.caseName),
    `<footer>Findings schema ${escapeHtml(findings.schema)}. All times are UTC. The same findings export as data with <span class="code">driftscope report --csv DIR</span> (verdicts.csv, evidence.csv, findings.json).</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
