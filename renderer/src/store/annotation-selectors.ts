// Pure reads of the annotations and starred SKUs: per target, per SKU, and how a list of them sums up for a badge.
import {
  ANNOTATION_TAGS,
  annotationLocationKey,
  sameAnnotationTarget,
  type Annotation,
  type AnnotationTag,
  type AnnotationTarget,
  type StarredSku,
} from '../../../shared/model/annotations';
import type { AppState } from './types';

type StateOf<K extends keyof AppState> = Pick<AppState, K>;
type LoadedState = StateOf<'annotations' | 'annotationsCase' | 'caseInfo'>;

/** The annotations of the open case; none while they belong to another case or were never loaded. */
export function selectCaseAnnotations(state: LoadedState): readonly Annotation[] {
  return state.caseInfo !== null && state.annotationsCase === state.caseInfo.path ? state.annotations : [];
}

/** A target as one string, for React keys and memo dependencies. */
export function annotationTargetKey(target: AnnotationTarget): string {
  switch (target.kind) {
    case 'event':
      return `event:${target.source_id}:${target.line_number ?? ''}`;
    case 'sku':
      return `sku:${target.sku}@${annotationLocationKey(target.location)}`;
    case 'verdict':
      return `verdict:${target.cluster}:${target.sku}@${annotationLocationKey(target.location)}`;
  }
}

/** The annotations about exactly this target, oldest first. */
export function annotationsFor(state: LoadedState, target: AnnotationTarget): Annotation[] {
  return selectCaseAnnotations(state).filter((annotation) => sameAnnotationTarget(annotation.target, target));
}

/**
 * Every annotation about a SKU x location: on the SKU itself, on its verdicts, and on event rows that carry it, so
 * the SKU view can show all that was said about it.
 */
export function annotationsAboutSku(state: LoadedState, sku: string, location: string | null): Annotation[] {
  const key = annotationLocationKey(location);
  return selectCaseAnnotations(state).filter((annotation) => annotation.sku === sku && annotationLocationKey(annotation.location) === key);
}

export interface AnnotationSummary {
  count: number;
  /** How many carry each tag. */
  byTag: Record<AnnotationTag, number>;
  /** The tag a badge shows: a confirmed root cause outranks a false positive, which outranks a note. */
  lead: AnnotationTag | null;
}

/** Sums up annotations, or the notes a row carries (only their tags count). */
export function summarizeAnnotations(annotations: readonly Pick<Annotation, 'tag'>[]): AnnotationSummary {
  const byTag: Record<AnnotationTag, number> = { confirmed_root_cause: 0, false_positive: 0, note: 0 };
  for (const annotation of annotations) byTag[annotation.tag] += 1;
  return { count: annotations.length, byTag, lead: ANNOTATION_TAGS.find((tag) => byTag[tag] > 0) ?? null };
}

/** The star of this SKU x location, or null when it is not starred (or stars are not loaded for this case). */
export function starOf(state: StateOf<'starredSkus' | 'annotationsCase' | 'caseInfo'>, sku: string, location: string | null): StarredSku | null {
  if (state.caseInfo === null || state.annotationsCase !== state.caseInfo.path) return null;
  const key = annotationLocationKey(location);
  return state.starredSkus.find((star) => star.sku === sku && annotationLocationKey(star.location) === key) ?? null;
}
