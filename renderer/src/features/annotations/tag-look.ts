// How each annotation tag looks: its icon beside its label (colour comes from the tag's CSS class and token).
import { ANNOTATION_TAG_LABELS, type AnnotationTag, type RowAnnotationNote } from '../../../../shared/model/annotations';
import type { IconName } from '../../components/Icon';

export const TAG_ICONS: Record<AnnotationTag, IconName> = {
  confirmed_root_cause: 'check',
  false_positive: 'ban',
  note: 'comment',
};

/** What each tag means, for tooltips and the tag choice. */
export const TAG_HINTS: Record<AnnotationTag, string> = {
  confirmed_root_cause: 'The cause is confirmed (e.g. by the client or their logs)',
  false_positive: 'Not real drift, or not this cause: kept out of the report’s confirmed figures',
  note: 'A remark for the case file and the report',
};

/** An ISO instant as `2026-11-26 10:04 UTC`: the app speaks UTC everywhere. */
export function formatAnnotationTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Comments longer than this are cut in tooltips: the full text is on the item's annotation panel. */
const TOOLTIP_COMMENT_CHARS = 200;

/** One note as a tooltip line: "Confirmed root cause: the comment", the comment cut when long. */
export function noteLine(note: RowAnnotationNote): string {
  const comment = note.comment.length > TOOLTIP_COMMENT_CHARS ? `${note.comment.slice(0, TOOLTIP_COMMENT_CHARS)}…` : note.comment;
  return comment === '' ? ANNOTATION_TAG_LABELS[note.tag] : `${ANNOTATION_TAG_LABELS[note.tag]}: ${comment}`;
}
