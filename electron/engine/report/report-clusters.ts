// One report section per drift cluster: its SKU x locations with figures, evidence excerpts, the first check and the
// consultant's calls and notes on them.
import { clusterLabel, type Findings, type Verdict } from '../../../shared/model/findings';
import { escapeHtml } from './escape-html';
import { formatCount, formatInstant, formatNumber, formatPercent } from './report-format';
import { citation, markup, table } from './report-html';
import { firstChecks } from './report-summary';
import { renderNotes, tagChip } from './report-annotations';
import { reviewTotals, type ReportReview } from './report-review';

/** Beyond these, the HTML points at verdicts.csv and evidence.csv, which hold everything. */
const MAX_VERDICTS = 100;
const MAX_EXCERPTS = 3;

const CLUSTER_MEANING: Record<string, string> = {
  phantom_stock: 'The storefront (and usually the ERP) shows stock the WMS cannot pick: an ERP->WMS receipt failed and the WMS never received it.',
  ghost_shipment: 'The ERP says shipped, but the WMS has no pick, pack or ship record for the order: the order release never reached it.',
  phantom_shrinkage: 'The WMS on-hand drops step by step with each sync cycle while no orders explain it: planning signals are applied as consumption.',
  stranded_adjustment: 'A count changed in one system (cycle count, write-off, return) and nowhere else: the adjustment never propagated.',
  duplicate_application: 'The same event was delivered twice and the receiver applied it twice, double-counting.',
  unexplained: 'Drift that no detector explains; the checklist on each SKU page says what was checked.',
};

function excerpts(verdict: Verdict, review: ReportReview): string {
  const shown = verdict.evidence.slice(0, MAX_EXCERPTS);
  const items = shown.map((row) => {
    const notes = review.onEvidenceRow(row.source_id, row.line);
    return (
      `<li><span class="code">${escapeHtml(citation(row.source_file, row.line))}</span> · ${escapeHtml(formatInstant(row.ts))}: ${escapeHtml(row.summary)}` +
      `${notes.length === 0 ? '' : renderNotes(notes)}</li>`
    );
  });
  const more = verdict.evidence.length - shown.length;
  if (more > 0) items.push(`<li class="muted">and ${formatNumber(more)} more row(s) in evidence.csv</li>`);
  return items.length === 0 ? '<span class="muted">no evidence rows</span>' : `<ul class="evidence">${items.join('')}</ul>`;
}

function renderCluster(findings: Findings, review: ReportReview, cluster: string, skus: number, units: number): string {
  const verdicts = findings.verdicts.filter((verdict) => verdict.cluster === cluster).sort((a, b) => b.units - a.units);
  const shown = verdicts.slice(0, MAX_VERDICTS);
  const parts = [
    `<section class="cluster" id="cluster-${escapeHtml(cluster)}" data-testid="cluster-${escapeHtml(cluster)}" data-skus="${skus}" data-units="${units}">`,
    `<h3>${escapeHtml(clusterLabel(cluster))} <span class="badge">${formatCount(skus, 'SKU × location', 'SKU × locations')} · ${formatCount(units, 'unit', 'units')}</span></h3>`,
    `<p>${escapeHtml(CLUSTER_MEANING[cluster] ?? '')}</p>`,
    `<p><b>First check:</b> ${firstChecks(verdicts).map(escapeHtml).join(' ')}</p>`,
    ruledOutLine(review, verdicts),
    table(
      [
        { label: 'SKU' },
        { label: 'location' },
        { label: 'units', numeric: true },
        { label: 'confidence', numeric: true },
        { label: 'ERP', numeric: true },
        { label: 'WMS', numeric: true },
        { label: 'storefront', numeric: true },
        { label: 'evidence' },
      ],
      shown.map((verdict) => [
        markup(`<span class="code nowrap">${escapeHtml(verdict.sku)}</span>${callChip(review, verdict)}`),
        verdict.location,
        formatNumber(verdict.units),
        formatPercent(verdict.confidence),
        formatNumber(verdict.drift.erp),
        formatNumber(verdict.drift.wms),
        formatNumber(verdict.drift.storefront),
        markup(excerpts(verdict, review)),
      ]),
      {
        testId: `verdicts-${cluster}`,
        rowClass: (index) => (review.callOn(shown[index] as Verdict) === 'false_positive' ? 'false-positive' : null),
        rowNote: (index) => {
          const notes = review.aboutVerdict(shown[index] as Verdict);
          return notes.length === 0 ? null : renderNotes(notes);
        },
      },
    ),
  ];
  if (verdicts.length > shown.length) {
    parts.push(`<p class="muted">Showing the ${formatNumber(shown.length)} largest of ${formatNumber(verdicts.length)}; verdicts.csv lists them all.</p>`);
  }
  parts.push('</section>');
  return parts.join('');
}

/** The consultant's call on a verdict, as a chip under its SKU. */
function callChip(review: ReportReview, verdict: Verdict): string {
  const call = review.callOn(verdict);
  return call === null ? '' : `<br>${tagChip(call)}`;
}

function ruledOutLine(review: ReportReview, verdicts: readonly Verdict[]): string {
  const ruledOut = reviewTotals(review, verdicts, 'false_positive');
  if (ruledOut.verdicts === 0) return '';
  return (
    `<p class="muted" data-testid="cluster-false-positives">${formatNumber(ruledOut.verdicts)} of these (${formatNumber(ruledOut.units)} units) ` +
    'marked false positive by the consultant: still counted above, struck through below.</p>'
  );
}

export function renderClusters(findings: Findings, review: ReportReview): string {
  if (findings.summary.by_cluster.length === 0) return '';
  const buckets = [...new Set(findings.verdicts.map((verdict) => verdict.bucket.replace(/_/g, ' ')))];
  return (
    '<section id="clusters" class="major" data-testid="section-clusters"><h2>Drift by cluster</h2>' +
    `<p class="muted">Figures are each system's quantity at ${escapeHtml(formatInstant(findings.as_of))}, in the ${escapeHtml(buckets.join(' / '))} bucket. ` +
    'Evidence rows cite the client\'s own file and line.</p>' +
    findings.summary.by_cluster.map((row) => renderCluster(findings, review, row.cluster, row.skus, row.units)).join('') +
    '</section>'
  );
}
