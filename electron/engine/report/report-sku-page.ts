// A page per chosen SKU x location: its verdicts, each system's history as a chart, the checklist, all evidence and
// the consultant's notes.
import { clusterLabel, type Verdict } from '../../../shared/model/findings';
import type { SkuHistory } from '../../../shared/model/history';
import { escapeHtml } from './escape-html';
import { formatInstant, formatNumber, formatPercent } from './report-format';
import { citation, markup, table } from './report-html';
import { renderStepChart } from './svg-step-chart';
import { renderNotes, tagChip } from './report-annotations';
import type { ReportReview } from './report-review';

export const placeName = (sku: string, location: string | null) => (location === null ? sku : `${sku} @ ${location}`);

export interface SkuPageContext {
  index: number;
  review: ReportReview;
  starred: boolean;
}

export function renderSkuPage(history: SkuHistory, verdicts: readonly Verdict[], { index, review, starred }: SkuPageContext): string {
  const name = placeName(history.sku, history.location);
  const [main] = verdicts;
  const evidence = verdicts.flatMap((verdict) => verdict.evidence.map((row) => ({ ...row, cluster: verdict.cluster })));
  // Notes on an evidence row of this page stand under that row; the rest are gathered near the top.
  const cited = new Set(evidence.map((row) => `${row.source_id}:${row.line ?? ''}`));
  const notes = review
    .aboutSku(history.sku, history.location)
    .filter(({ target }) => target.kind !== 'event' || !cited.has(`${target.source_id}:${target.line_number ?? ''}`));
  const parts = [
    `<section class="sku-page" id="sku-${index + 1}" data-testid="sku-page" data-sku="${escapeHtml(history.sku)}" data-starred="${starred}">`,
    `<h3>${escapeHtml(name)}${starred ? ' <span class="star" title="Starred by the consultant">★ starred</span>' : ''}</h3>`,
    `<p>${verdicts
      .map((verdict) => {
        const call = review.callOn(verdict);
        const badge = `<span class="badge">${escapeHtml(clusterLabel(verdict.cluster))} · ${formatNumber(verdict.units)} units · ${formatPercent(verdict.confidence)}</span>`;
        return call === null ? badge : `${badge} ${tagChip(call)}`;
      })
      .join(' ')}${verdicts.length === 0 ? '<span class="muted">No verdict: this SKU × location does not drift at the as-of instant.</span>' : ''}</p>`,
  ];
  if (notes.length > 0) parts.push(`<h4>Consultant's notes</h4>${renderNotes(notes, { showTarget: true })}`);
  if (main !== undefined) {
    parts.push(
      table(
        [{ label: `figure at ${formatInstant(history.as_of)} (${main.bucket.replace(/_/g, ' ')})` }, { label: 'ERP', numeric: true }, { label: 'WMS', numeric: true }, { label: 'storefront', numeric: true }],
        [['quantity', formatNumber(main.drift.erp), formatNumber(main.drift.wms), formatNumber(main.drift.storefront)]],
      ),
    );
  }
  parts.push(
    renderStepChart({
      label: `Quantity per system over time for ${name}`,
      steps: history.steps,
      opening: history.opening,
      asOf: history.as_of,
      lastKnownGood: history.last_known_good,
      firstDivergence: history.first_divergence,
    }),
  );
  const divergence = history.steps.find((step) => step.ts === history.first_divergence);
  parts.push(
    '<dl class="facts">' +
      `<dt>last known-good</dt><dd>${knownGoodText(history)}</dd>` +
      `<dt>first divergence</dt><dd>${escapeHtml(formatInstant(history.first_divergence))}` +
      `${divergence === undefined ? '' : ` <span class="code">(${escapeHtml(citation(divergence.source_file, divergence.line))})</span>`}</dd>` +
      (main === undefined
        ? ''
        : `<dt>changed last</dt><dd>${escapeHtml(main.checklist.changed_last ?? '–')}</dd><dt>direction</dt><dd>${escapeHtml(main.checklist.direction)}</dd>`) +
      '</dl>',
  );
  if (main !== undefined) {
    parts.push('<h4>Checklist</h4>');
    parts.push(
      table(
        [{ label: 'step', numeric: true }, { label: 'check' }, { label: 'result' }, { label: 'finding' }],
        main.checklist.steps.map((step) => [
          step.step,
          step.title,
          markup(step.clean ? '<span class="clean">clean</span>' : '<span class="flag">flag</span>'),
          step.finding,
        ]),
        { testId: 'checklist' },
      ),
    );
    parts.push(`<p><b>Conclusion:</b> ${escapeHtml(main.checklist.conclusion)}</p>`);
    parts.push(`<p><b>First check:</b> ${[...new Set(verdicts.map((verdict) => verdict.first_check))].map(escapeHtml).join(' ')}</p>`);
  }
  if (evidence.length > 0) {
    parts.push('<h4>Evidence</h4>');
    parts.push(
      table(
        [{ label: 'source' }, { label: 'time' }, { label: 'table' }, { label: 'cluster' }, { label: 'what the row says' }],
        evidence.map((row) => [
          markup(`<span class="code">${escapeHtml(citation(row.source_file, row.line))}</span>`),
          formatInstant(row.ts),
          row.table,
          clusterLabel(row.cluster),
          row.summary,
        ]),
        {
          testId: 'evidence',
          rowNote: (index) => {
            const row = evidence[index];
            const onRow = row === undefined ? [] : review.onEvidenceRow(row.source_id, row.line);
            return onRow.length === 0 ? null : renderNotes(onRow);
          },
        },
      ),
    );
  }
  parts.push('</section>');
  return parts.join('');
}

/** No known-good instant means either agreement from before the exports begin, or none at all (no divergence either). */
function knownGoodText(history: SkuHistory): string {
  if (history.last_known_good !== null) return escapeHtml(formatInstant(history.last_known_good));
  return history.first_divergence === null
    ? 'none in the exports: the systems never held the same figure'
    : 'before the first recorded change: the systems agreed when the exports begin';
}
