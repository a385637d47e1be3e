// The executive summary: what drifts and by how much, which handoffs broke, sync mode per path, structural causes.
import { clusterLabel, type Findings, type SyncModeFinding, type Verdict } from '../../../shared/model/findings';
import { escapeHtml } from './escape-html';
import { formatInstant, formatNumber, formatPercent, formatSeconds } from './report-format';
import { markup, table } from './report-html';
import { renderReviewCallout } from './report-annotations';
import { reviewTotals, type ReportReview } from './report-review';

const STRUCTURAL = 'the cause is structural';

function figure(value: string, label: string, testId: string): string {
  return `<div class="figure" data-testid="${testId}"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}

export function describeSyncMode(mode: SyncModeFinding): string {
  if (mode.mode === 'clock') return `clock-driven, every ${formatSeconds(mode.period_s)}${mode.jitter_s === null ? '' : ` (jitter ${formatSeconds(mode.jitter_s)})`}`;
  if (mode.mode === 'event') return `event-driven${mode.lag_s === null ? '' : `, median lag ${formatSeconds(mode.lag_s)}`}`;
  if (mode.mode === 'mixed') return 'mixed: batches and single events';
  return 'unknown (too few events)';
}

/** Distinct first checks of a cluster's verdicts, in the order they first appear. */
export function firstChecks(verdicts: readonly Verdict[]): string[] {
  return [...new Set(verdicts.map((verdict) => verdict.first_check))];
}

function falsePositiveCell(verdicts: number, units: number): string {
  return verdicts === 0 ? '–' : `${formatNumber(verdicts)} (${formatNumber(units)} units)`;
}

const place = (verdict: Verdict) => (verdict.location === null ? verdict.sku : `${verdict.sku} @ ${verdict.location}`);

export function renderSummary(findings: Findings, review: ReportReview): string {
  const { summary } = findings;
  const buckets = [...new Set(findings.verdicts.map((verdict) => verdict.bucket))];
  const parts: string[] = ['<section id="summary" data-testid="section-summary"><h2>Executive summary</h2>'];
  parts.push(
    `<p>At <b>${escapeHtml(formatInstant(findings.as_of))}</b>, <b>${formatNumber(summary.drifting)}</b> of ${formatNumber(summary.skus)} ` +
      `SKU × locations compared drift between the systems, by <b>${formatNumber(summary.units)}</b> units in all` +
      `${buckets.length > 0 ? ` (${escapeHtml(buckets.join(', ').replace(/_/g, ' '))} figures)` : ''}.</p>`,
  );
  parts.push(
    `<div class="figures">${figure(formatNumber(summary.skus), 'SKU × locations compared', 'figure-skus')}` +
      `${figure(formatNumber(summary.drifting), 'drifting', 'figure-drifting')}${figure(formatNumber(summary.units), 'units of drift', 'figure-units')}` +
      `${figure(formatNumber(summary.events), 'middleware events', 'figure-events')}${figure(formatNumber(summary.rejected_rows), 'input rows rejected', 'figure-rejected')}</div>`,
  );
  parts.push(renderReviewCallout(findings, review));
  if (summary.skus === 0) {
    parts.push('<p class="callout">No inventory snapshots in the case: drift needs on-hand exports from at least two of ERP, WMS and storefront.</p>');
  }

  if (summary.by_cluster.length > 0) {
    parts.push('<h3>What drifts</h3>');
    // The false positives of each cluster stand beside its figures, in a column of their own, only once there are any.
    const ruledOut = summary.by_cluster.map((row) =>
      reviewTotals(review, findings.verdicts.filter((verdict) => verdict.cluster === row.cluster), 'false_positive'),
    );
    const anyRuledOut = ruledOut.some((totals) => totals.verdicts > 0);
    parts.push(
      table(
        [
          { label: 'cluster' },
          { label: 'SKU × locations', numeric: true },
          { label: 'units', numeric: true },
          { label: 'share of units', numeric: true },
          ...(anyRuledOut ? [{ label: 'of which false positives', numeric: true }] : []),
        ],
        summary.by_cluster.map((row, index) => [
          markup(`<a href="#cluster-${escapeHtml(row.cluster)}">${escapeHtml(clusterLabel(row.cluster))}</a>`),
          formatNumber(row.skus),
          formatNumber(row.units),
          summary.units > 0 ? formatPercent(row.units / summary.units) : '–',
          ...(anyRuledOut ? [falsePositiveCell(ruledOut[index]?.verdicts ?? 0, ruledOut[index]?.units ?? 0)] : []),
        ]),
        { testId: 'summary-clusters' },
      ),
    );
    parts.push('<h3>Broken handoffs and where to look first</h3><ul>');
    for (const row of summary.by_cluster.filter((entry) => entry.cluster !== 'unexplained')) {
      const checks = firstChecks(findings.verdicts.filter((verdict) => verdict.cluster === row.cluster));
      parts.push(
        `<li><b>${escapeHtml(clusterLabel(row.cluster))}</b> (${formatNumber(row.skus)} SKU × locations, ${formatNumber(row.units)} units): ` +
          `${checks.map(escapeHtml).join(' ')}</li>`,
      );
    }
    parts.push('</ul>');
  }
  const gaps = findings.coverage.filter((row) => row.gap);
  if (gaps.length > 0) {
    parts.push(
      `<p class="callout">Configuration gap: never seen ${gaps.map((row) => `<b>${escapeHtml(row.event_type)}</b> on ${escapeHtml(row.path)}`).join(', ')}, ` +
        'on paths where the business needs them.</p>',
    );
  }

  if (findings.sync_mode.length > 0) {
    parts.push('<h3>Clock- or event-driven sync per path</h3>');
    parts.push(
      table(
        [{ label: 'path' }, { label: 'sync' }, { label: 'events', numeric: true }, { label: 'evidence' }],
        findings.sync_mode.map((mode) => [markup(`<span class="nowrap">${escapeHtml(mode.path)}</span>`), describeSyncMode(mode), formatNumber(mode.events), mode.evidence]),
        { testId: 'summary-sync' },
      ),
    );
  }

  const structural = findings.verdicts.filter((verdict) => verdict.checklist.conclusion.includes(STRUCTURAL));
  if (structural.length > 0) {
    parts.push(
      `<p class="callout" data-testid="structural">For ${structural.map((verdict) => `<b>${escapeHtml(place(verdict))}</b>`).join(', ')}, ` +
        'all five checks came back clean and the drift persists: the cause is structural (how the systems are wired), not a failed event.</p>',
    );
  }
  const shrinking = findings.verdicts.some((verdict) => verdict.cluster === 'phantom_shrinkage');
  const clocked = findings.sync_mode.filter((mode) => mode.mode === 'clock' && /erp->wms|wms->erp/.test(mode.path));
  if (shrinking && clocked.length > 0) {
    parts.push(
      `<p class="callout info" data-testid="architecture">Phantom shrinkage under a clock-driven sync (${clocked.map((mode) => `${escapeHtml(mode.path)} every ` +
        `${escapeHtml(formatSeconds(mode.period_s))}`).join(', ')}) points at the architecture, not at a setting: each cycle applies planning signals as ` +
        'consumption. Changing the interval would not fix it; the fix is in how the receiver interprets those events.</p>',
    );
  }
  parts.push('</section>');
  return parts.join('');
}
