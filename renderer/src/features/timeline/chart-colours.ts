// The colour tokens a canvas chart needs, read from the stylesheet (one colour per system and status everywhere).
import { ANNOTATION_TAGS, type AnnotationTag } from '../../../../shared/model/annotations';
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../../shared/model/findings';
import { MARKER_STATUSES, type MarkerStatus } from '../../store/timeline-selectors';

/** The token of each annotation tag's colour (the same as the tag chips'). */
const TAG_TOKENS: Record<AnnotationTag, string> = {
  confirmed_root_cause: '--tag-root-cause',
  false_positive: '--tag-false-positive',
  note: '--tag-note',
};

export interface ChartColours {
  system: Record<CountingSystem | 'middleware', string>;
  status: Record<MarkerStatus, string>;
  tag: Record<AnnotationTag, string>;
  text: string;
  muted: string;
  subtle: string;
  border: string;
  surface: string;
  accent: string;
}

/** Reads the tokens as the element sees them (light or dark, whichever applies now). */
export function readChartColours(element: Element): ChartColours {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    system: {
      ...(Object.fromEntries(COUNTING_SYSTEMS.map((system) => [system, token(`--sys-${system}`)])) as Record<CountingSystem, string>),
      middleware: token('--sys-middleware'),
    },
    status: Object.fromEntries(MARKER_STATUSES.map((status) => [status, token(`--status-${status}`)])) as Record<MarkerStatus, string>,
    tag: Object.fromEntries(ANNOTATION_TAGS.map((tag) => [tag, token(TAG_TOKENS[tag])])) as Record<AnnotationTag, string>,
    text: token('--text'),
    muted: token('--text-muted'),
    subtle: token('--text-subtle'),
    border: token('--border'),
    surface: token('--surface-raised'),
    accent: token('--accent'),
  };
}
