// Pure reads of a SKU's timeline: the step series per system, markers grouped by status, the middleware rows, and
// the points whose rows are annotated.
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../shared/model/findings';
import type { LevelStep, SkuHistory } from '../../../shared/model/history';
import type { EventMarker, SkuEvents, SyncTicks } from '../../../shared/model/timeline';
import type { AnnotationTag } from '../../../shared/model/annotations';
import { summarizeAnnotations } from './annotation-selectors';
import type { TimelineState } from './types';

/** The statuses markers are coloured by (one --status-* token each); the other statuses fold into these. */
export const MARKER_STATUSES = ['success', 'error', 'retried', 'duplicate', 'pending'] as const;
export type MarkerStatus = (typeof MARKER_STATUSES)[number];

export const MARKER_STATUS_LABELS: Record<MarkerStatus, string> = {
  success: 'Success',
  error: 'Error / rejected',
  retried: 'Retried',
  duplicate: 'Duplicate',
  pending: 'Pending / unknown',
};

/** Rejections are failures like errors; an unknown status is as unsettled as a pending one. */
export function markerStatus(status: string): MarkerStatus {
  if (status === 'rejected') return 'error';
  if (status === 'unknown') return 'pending';
  return (MARKER_STATUSES as readonly string[]).includes(status) ? (status as MarkerStatus) : 'pending';
}

/** The handoff paths in their usual order; any other path found in the data follows, alphabetically. */
const PATH_ORDER = ['erp->wms', 'wms->erp', 'wms->storefront', 'erp->storefront'];
const NO_PATH = '(no path)';

/**
 * The middleware lane's rows, top to bottom: every path with a marker or a tick, and the paths already shown (a
 * zoomed range keeps the rows of the whole span, so the lane does not change height).
 */
export function selectMiddlewarePaths(events: SkuEvents | null, shown: readonly string[] = []): string[] {
  const found = new Set<string>([
    ...shown,
    ...(events?.markers ?? []).map((marker) => marker.path ?? NO_PATH),
    ...(events?.ticks ?? []).map((tick) => tick.path),
  ]);
  const known = PATH_ORDER.filter((path) => found.has(path));
  const others = [...found].filter((path) => !PATH_ORDER.includes(path)).sort();
  return [...known, ...others];
}

/** A point of a step line: [epoch ms, level, index of its step in history.steps or -1 for the span's ends]. */
export type StepPoint = [number, number, number];

/**
 * Each system's level as a step line over the span: the opening level from the span's start, each change, and the
 * last level held to the span's end. A system with no figure at all has no points.
 */
export function selectStepLines(
  history: SkuHistory | null,
  span: { from: string; to: string } | null,
): Record<CountingSystem, StepPoint[]> {
  const lines: Record<CountingSystem, StepPoint[]> = { erp: [], wms: [], storefront: [] };
  if (history === null || span === null) return lines;
  const start = Date.parse(span.from);
  const end = Date.parse(span.to);
  history.steps.forEach((step: LevelStep, index) => lines[step.system].push([Date.parse(step.ts), step.level, index]));
  for (const system of COUNTING_SYSTEMS) {
    const points = lines[system];
    const opening = history.opening[system];
    const first = points[0];
    if (opening !== null && (first === undefined || first[0] > start)) points.unshift([start, opening, -1]);
    const last = points.at(-1);
    if (last !== undefined && last[0] < end) points.push([end, last[1], -1]);
  }
  return lines;
}

/** A marker's point: [epoch ms, row of its path in the middleware lane, index in events.markers]. */
export type MarkerPoint = [number, number, number];

export function selectMarkerPoints(events: SkuEvents | null, paths: string[]): Record<MarkerStatus, MarkerPoint[]> {
  const groups: Record<MarkerStatus, MarkerPoint[]> = { success: [], error: [], retried: [], duplicate: [], pending: [] };
  if (events === null) return groups;
  const rows = new Map(paths.map((path, row) => [path, row]));
  events.markers.forEach((marker: EventMarker, index) => {
    groups[markerStatus(marker.status)].push([marker.ts_ms, rows.get(marker.path ?? NO_PATH) ?? 0, index]);
  });
  return groups;
}

/** A point whose row is annotated, with the tag its ring shows (see summarizeAnnotations' lead). */
export interface AnnotatedPoint {
  point: MarkerPoint | StepPoint;
  lead: AnnotationTag;
}

/** The annotated points of each lane, for the rings drawn around them: the engine marked their rows. */
export function selectAnnotatedPoints(
  events: SkuEvents | null,
  history: SkuHistory | null,
  paths: string[],
): { markers: AnnotatedPoint[]; steps: Record<CountingSystem, AnnotatedPoint[]> } {
  const steps: Record<CountingSystem, AnnotatedPoint[]> = { erp: [], wms: [], storefront: [] };
  const markers: AnnotatedPoint[] = [];
  const rows = new Map(paths.map((path, row) => [path, row]));
  events?.markers.forEach((marker, index) => {
    const lead = summarizeAnnotations(marker.annotations ?? []).lead;
    if (lead !== null) markers.push({ point: [marker.ts_ms, rows.get(marker.path ?? NO_PATH) ?? 0, index], lead });
  });
  history?.steps.forEach((step, index) => {
    const lead = summarizeAnnotations(step.annotations ?? []).lead;
    if (lead !== null) steps[step.system].push({ point: [Date.parse(step.ts), step.level, index], lead });
  });
  return { markers, steps };
}

/** How many drawn markers and steps carry annotations. */
export function selectAnnotatedCount(events: SkuEvents | null, history: SkuHistory | null): number {
  const marked = (rows: readonly { annotations?: unknown[] }[]) => rows.filter((row) => (row.annotations?.length ?? 0) > 0).length;
  return marked(events?.markers ?? []) + marked(history?.steps ?? []);
}

export function selectStatusCounts(events: SkuEvents | null): Record<MarkerStatus, number> {
  const counts: Record<MarkerStatus, number> = { success: 0, error: 0, retried: 0, duplicate: 0, pending: 0 };
  for (const marker of events?.markers ?? []) counts[markerStatus(marker.status)] += 1;
  return counts;
}

/** The clock paths whose ticks the range has too many of for the engine to send (zooming in brings them back). */
export function selectHiddenTickPaths(events: SkuEvents | null): string[] {
  return (events?.ticks ?? []).filter((path) => path.phase_s !== null && path.tick_count > 0 && path.ticks_ms.length === 0).map((path) => path.path);
}

/** Ticks closer than this many pixels would merge into a grey band. */
const MIN_TICK_SPACING_PX = 6;

/**
 * The paths whose ticks are drawn at the current zoom, and those left out: not sent by the engine, or so dense on
 * screen (visibleMs of time across plotWidth pixels) that they would merge. Zooming in brings both back.
 */
export function selectDrawnTicks(
  events: SkuEvents | null,
  room: { visibleMs: number; plotWidth: number } | null,
): { drawn: SyncTicks[]; hidden: string[] } {
  const drawn: SyncTicks[] = [];
  const hidden = selectHiddenTickPaths(events);
  for (const path of events?.ticks ?? []) {
    if (path.ticks_ms.length === 0) continue;
    const onScreen = room === null ? 0 : room.visibleMs / (path.period_s * 1000);
    if (room !== null && onScreen * MIN_TICK_SPACING_PX > room.plotWidth) hidden.push(path.path);
    else drawn.push(path);
  }
  return { drawn, hidden };
}

/** Whether zooming should fetch the zoomed range again: the whole span did not fit in one answer. */
export function selectNeedsWindowFetch(timeline: TimelineState | null): boolean {
  const events = timeline?.events ?? null;
  return events !== null && (events.truncated || selectHiddenTickPaths(events).length > 0 || timeline?.window != null);
}

/** The span of the chart's time axis, with a margin so markers at the ends are not cut in half. */
export function selectAxisRange(span: { from: string; to: string } | null): { min: number; max: number } | null {
  if (span === null) return null;
  const from = Date.parse(span.from);
  const to = Date.parse(span.to);
  const margin = Math.max((to - from) * 0.02, 60_000);
  return { min: from - margin, max: to + margin };
}
