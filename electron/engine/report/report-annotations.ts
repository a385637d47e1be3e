// The consultant's annotations in the report: tag chips, notes under the items they are about, the review callout of
// the summary and the section listing every annotation with its target.
import {
  ANNOTATION_TAG_LABELS,
  ANNOTATION_TAGS,
  describeAnnotationTarget,
  type Annotation,
  type AnnotationTag,
} from '../../../shared/model/annotations';
import type { Findings } from '../../../shared/model/findings';
import { escapeHtml } from './escape-html';
import { formatCount, formatInstant, formatNumber } from './report-format';
import { markup, table } from './report-html';
import { reviewTotals, type ReportReview } from './report-review';

export function tagChip(tag: AnnotationTag): string {
  return `<span class="tag tag-${escapeHtml(tag)}">${escapeHtml(ANNOTATION_TAG_LABELS[tag])}</span>`;
}

/** Annotations as a short list: chip, what each is about when asked, and the comment, all escaped. */
export function renderNotes(annotations: readonly Annotation[], options: { showTarget?: boolean } = {}): string {
  const items = annotations.map((annotation) => {
    const about = options.showTarget
      ? `<span class="muted">${escapeHtml(describeAnnotationTarget(annotation.target, annotation.source_file))}:</span> `
      : '';
    const comment = annotation.comment === '' ? '' : `<span class="comment">${escapeHtml(annotation.comment)}</span>`;
    return `<li>${tagChip(annotation.tag)}<span>${about}${comment}</span></li>`;
  });
  return `<ul class="notes" data-testid="notes">${items.join('')}</ul>`;
}

/**
 * Beside the headline figures, which stay the analysis's own (the same as findings.json and verdicts.csv, so anyone
 * re-running the analysis on the client's files gets them): what the consultant confirmed and ruled out.
 */
export function renderReviewCallout(findings: Findings, review: ReportReview): string {
  if (review.annotations.length === 0) return '';
  const confirmed = reviewTotals(review, findings.verdicts, 'confirmed_root_cause');
  const ruledOut = reviewTotals(review, findings.verdicts, 'false_positive');
  return (
    `<p class="callout info" data-testid="review" data-confirmed="${confirmed.verdicts}" data-false-positives="${ruledOut.verdicts}" data-false-positive-units="${ruledOut.units}">` +
    `<b>Consultant's review:</b> ${formatCount(confirmed.verdicts, 'verdict', 'verdicts')} confirmed as the root cause ` +
    `(${formatNumber(confirmed.units)} units); ${formatCount(ruledOut.verdicts, 'verdict', 'verdicts')} on ` +
    `${formatCount(ruledOut.places, 'SKU × location', 'SKU × locations')} marked ${tagChip('false_positive')} (${formatNumber(ruledOut.units)} units). ` +
    'The figures above are the analysis\'s own, reproducible from the client\'s files; false positives are counted in them and ' +
    `set apart wherever they appear. ${formatCount(review.annotations.length, 'annotation', 'annotations')} in all are listed under ` +
    '<a href="#annotations">Annotations</a>.</p>'
  );
}

export function renderAnnotationsSection(review: ReportReview): string {
  const parts = ['<section id="annotations" class="major" data-testid="section-annotations"><h2>Annotations</h2>'];
  if (review.annotations.length === 0) {
    parts.push('<p class="muted">No annotations were made on this case.</p></section>');
    return parts.join('');
  }
  parts.push(
    '<p class="muted">The consultant\'s tags and comments on events, SKUs and verdicts, kept in the case file. ' +
      'Confirmed root causes first, then false positives, then notes.</p>',
  );
  const ordered = [...review.annotations].sort(
    (a, b) => ANNOTATION_TAGS.indexOf(a.tag) - ANNOTATION_TAGS.indexOf(b.tag) || a.created_at.localeCompare(b.created_at) || a.id - b.id,
  );
  parts.push(
    table(
      [{ label: 'tag' }, { label: 'about' }, { label: 'SKU × location' }, { label: 'comment' }, { label: 'last changed' }],
      ordered.map((annotation) => [
        markup(tagChip(annotation.tag)),
        describeAnnotationTarget(annotation.target, annotation.source_file),
        markup(
          annotation.sku === null
            ? '–'
            : `<span class="code">${escapeHtml(annotation.location === null ? annotation.sku : `${annotation.sku} @ ${annotation.location}`)}</span>`,
        ),
        markup(annotation.comment === '' ? '–' : `<span class="comment">${escapeHtml(annotation.comment)}</span>`),
        formatInstant(annotation.updated_at),
      ]),
      { testId: 'annotations', rowClass: (index) => (ordered[index]?.tag === 'false_positive' ? 'false-positive' : null) },
    ),
  );
  parts.push('</section>');
  return parts.join('');
}
