// How each annotation tag looks: its icon beside its label (colour comes from the tag's CSS class and token).
import type { AnnotationTag } from '../../../../shared/model/annotations';
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
