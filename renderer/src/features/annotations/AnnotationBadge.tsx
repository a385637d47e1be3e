// A compact chip for lists and grids: how many annotations an item has, in the colour of the weightiest tag.
import type { ReactElement } from 'react';
import { ANNOTATION_TAG_LABELS, ANNOTATION_TAGS, type AnnotationTarget } from '../../../../shared/model/annotations';
import { Icon } from '../../components/Icon';
import { summarizeAnnotations } from '../../store/annotation-selectors';
import { TAG_ICONS } from './tag-look';
import { useAnnotationsAboutSku, useAnnotationsFor } from './use-annotations';
import './annotations.css';

interface AnnotationBadgeProps {
  target: AnnotationTarget;
  /** For a SKU target: also count what was said about its verdicts and its rows. */
  related?: boolean;
}

/** Renders nothing while the item has no annotations. */
export function AnnotationBadge({ target, related = false }: AnnotationBadgeProps): ReactElement | null {
  const exact = useAnnotationsFor(target);
  const about = useAnnotationsAboutSku(target.kind === 'event' ? '' : target.sku, target.kind === 'event' ? null : target.location);
  const summary = summarizeAnnotations(related && target.kind === 'sku' ? about : exact);
  if (summary.lead === null) return null;
  const detail = ANNOTATION_TAGS.filter((tag) => summary.byTag[tag] > 0)
    .map((tag) => `${summary.byTag[tag]} ${ANNOTATION_TAG_LABELS[tag].toLowerCase()}`)
    .join(', ');
  const label = `${summary.count} annotation${summary.count === 1 ? '' : 's'}: ${detail}`;
  return (
    <span className={`annotation-badge tag-${summary.lead}`} title={label} aria-label={label} data-testid="annotation-badge" data-count={summary.count}>
      <Icon name={TAG_ICONS[summary.lead]} size={11} />
      {summary.count}
    </span>
  );
}
