// The consultant's annotations (tagged comments on an event, a SKU or a verdict) and starred SKUs, kept in the case.
import { clusterLabel } from './findings';

/**
 * What an annotation is about, by identities that survive re-analysis: an event row by its source file and line,
 * a SKU x location, or a verdict by its cluster and SKU x location. Locations are as shown in the drift table;
 * null means the SKU carries no location.
 */
export type AnnotationTarget =
  | { kind: 'event'; source_id: number; line_number: number | null }
  | { kind: 'sku'; sku: string; location: string | null }
  | { kind: 'verdict'; cluster: string; sku: string; location: string | null };

export type AnnotationTargetKind = AnnotationTarget['kind'];

export const ANNOTATION_TARGET_KINDS = ['event', 'sku', 'verdict'] as const satisfies readonly AnnotationTargetKind[];

export const ANNOTATION_TAGS = ['confirmed_root_cause', 'false_positive', 'note'] as const;
export type AnnotationTag = (typeof ANNOTATION_TAGS)[number];

/** How each tag is named to people (UI, report). */
export const ANNOTATION_TAG_LABELS: Record<AnnotationTag, string> = {
  confirmed_root_cause: 'Confirmed root cause',
  false_positive: 'False positive',
  note: 'Note',
};

/** Longest comment kept, in characters: a paragraph or two of field notes, not a document. */
export const ANNOTATION_COMMENT_MAX = 4000;

export interface Annotation {
  id: number;
  target: AnnotationTarget;
  tag: AnnotationTag;
  comment: string;
  /** ISO instants (UTC). */
  created_at: string;
  updated_at: string;
  /**
   * What the target points at, for display: the SKU and location (an event's own, when its row is found), and for
   * an event the case table holding its row and the file it came from. Null where unknown (e.g. a row re-imported
   * away).
   */
  sku: string | null;
  location: string | null;
  table: string | null;
  source_file: string | null;
}

/** Every annotation, or those of one target, or those of one kind of target. */
export interface ListAnnotationsRequest {
  target?: AnnotationTarget;
  kind?: AnnotationTargetKind;
}

/** Creates an annotation when id is absent, updates that one's tag and comment otherwise. */
export interface SaveAnnotationRequest {
  id?: number;
  target: AnnotationTarget;
  tag: AnnotationTag;
  comment: string;
}

/** One annotation as a row's badge or a timeline marker shows it (the engine attaches these to the rows it pages). */
export interface RowAnnotationNote {
  tag: AnnotationTag;
  comment: string;
}

/**
 * The grid tables whose rows name a canonical row by source file and line, and so show the event annotations on
 * that row: the canonical tables themselves and the verdicts' evidence, which cites their rows.
 */
export const ANNOTATED_ROW_TABLES: readonly string[] = ['events', 'ledger', 'snapshots', 'analysis_evidence'];

export interface DeleteAnnotationRequest {
  id: number;
}

export interface StarredSku {
  sku: string;
  location: string | null;
  starred_at: string;
}

export interface SetSkuStarredRequest {
  sku: string;
  location: string | null;
  starred: boolean;
}

/**
 * A location as annotations compare it: ignoring case and punctuation, '' for none, the way the engine's
 * ds_location_key macro and the drift table do, so 'ATL-1' and 'atl1' are one place.
 */
export function annotationLocationKey(location: string | null): string {
  return location === null ? '' : location.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
}

/** True when two targets name the same thing. */
export function sameAnnotationTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  const samePlace = (x: { sku: string; location: string | null }, y: { sku: string; location: string | null }) =>
    x.sku === y.sku && annotationLocationKey(x.location) === annotationLocationKey(y.location);
  switch (a.kind) {
    case 'event':
      return b.kind === 'event' && a.source_id === b.source_id && a.line_number === b.line_number;
    case 'sku':
      return b.kind === 'sku' && samePlace(a, b);
    case 'verdict':
      return b.kind === 'verdict' && a.cluster === b.cluster && samePlace(a, b);
  }
}

/**
 * How a target is named to people: "SKU ABC-1 @ ATL1", "Phantom stock verdict on ABC-1 @ ATL1", "Row 17 of
 * events.csv" (or "of file 3" when the file's name is not known).
 */
export function describeAnnotationTarget(target: AnnotationTarget, sourceFile: string | null = null): string {
  const place = (sku: string, location: string | null): string => (location === null ? sku : `${sku} @ ${location}`);
  switch (target.kind) {
    case 'event': {
      const file = sourceFile ?? `file ${target.source_id}`;
      return target.line_number === null ? `A row of ${file}` : `Row ${target.line_number} of ${file}`;
    }
    case 'sku':
      return `SKU ${place(target.sku, target.location)}`;
    case 'verdict':
      return `${clusterLabel(target.cluster)} verdict on ${place(target.sku, target.location)}`;
  }
}
