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

/** Nothing may load: no script, font, stylesheet or image from anywhere, and images only as data: URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const sameItem = (verdict: Verdict, sku: string, location: string | null) => verdict.sku === sku && verdict.location === location;

function renderSkuPages(input: ReportInput): string {
  if (input.histories.length === 0) return '';
  const pages = input.histories.map((history, index) =>
    renderSkuPage(
      history,
      input.findings.verdicts.filter((verdict) => sameItem(verdict, history.sku, history.location)).sort((a, b) => b.units - a.units),
      index,
    ),
  );
  const contents = input.histories
    .map((history, index) => `<li><a href="#sku-${index + 1}">${escapeHtml(placeName(history.sku, history.location))}</a></li>`)
    .join('');
  return (
    '<section id="sku-pages" class="major" data-testid="section-sku-pages"><h2>SKU pages</h2>' +
    `<p class="muted">The ${formatNumber(input.histories.length)} largest drifts, each with its history per system, the checklist and its evidence.</p>` +
    `<ol>${contents}</ol>${pages.join('')}</section>`
  );
}

export function renderReportHtml(input: ReportInput): string {
  const { findings } = input;
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
    renderSummary(findings),
    renderClusters(findings),
    renderSkuPages(input),
    renderNoise(findings),
    renderCoverage(findings),
    renderLimitations(findings),
    renderAppendix(findings, input.caseName),
    `<footer>Findings schema ${escapeHtml(findings.schema)}. All times are UTC. The same findings export as data with <span class="code">driftscope report --csv DIR</span> (verdicts.csv, evidence.csv, findings.json).</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
