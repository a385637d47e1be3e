// Pure reads of the verdict state and the words the verdict views use for its figures; no side effects, no React.
import type { CoverageRow, ErrorCodeCount, NoiseFinding, SyncModeFinding } from '../../../shared/model/findings';
import type { ClusterList } from './types';

/** How a SKU x location is written everywhere: "ABC-1 @ ATL1", or the SKU alone. */
export function placeLabel(sku: string, location: string | null): string {
  return location === null ? sku : `${sku} @ ${location}`;
}

/** A period or lag in the unit a person would say it in: 45 s, 5 min, 30 min, 2 h, 1 h 30 min. */
export function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The sync mode of a path in a few words: "clock every 30 min", "event-driven". */
export function syncModeLabel(mode: SyncModeFinding): string {
  switch (mode.mode) {
    case 'clock':
      return mode.period_s === null ? 'clock-driven' : `clock every ${formatSeconds(mode.period_s)}`;
    case 'event':
      return 'event-driven';
    case 'mixed':
      return 'clock and events';
    case 'unknown':
      return 'not enough events to tell';
  }
}

/** An ISO instant as the verdict views write it, in UTC like the findings: "2026-09-21 03:20 UTC". */
export function formatInstant(iso: string | null, seconds = false): string {
  if (iso === null) return 'unknown time';
  return `${iso.replace('T', ' ').slice(0, seconds ? 19 : 16)} UTC`;
}

/** A confidence (0..1) as a whole percentage. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export interface NoiseDigest {
  failed: number;
  /** The most frequent error codes, most frequent first. */
  top: ErrorCodeCount[];
  /** Error-code groups not in top. */
  more: number;
}

/** The noise card's figures: failed events in all and the leading error codes (the engine sorts them). */
export function selectNoiseDigest(noise: NoiseFinding, shown = 5): NoiseDigest {
  const failed = noise.errors_by_code.reduce((sum, row) => sum + row.count, 0);
  return { failed, top: noise.errors_by_code.slice(0, shown), more: Math.max(0, noise.errors_by_code.length - shown) };
}

/** The needed event types never seen on their path: configuration gaps. */
export function selectCoverageGaps(coverage: readonly CoverageRow[]): CoverageRow[] {
  return coverage.filter((row) => row.gap);
}

export interface PageRange {
  /** 1-based positions of the first and last row shown; 0 and 0 for an empty page. */
  first: number;
  last: number;
  total: number;
  previous: number | null;
  next: number | null;
}

/** Where the shown page of a card's list sits, and the offsets of the pages either side (null at the ends). */
export function selectPageRange(list: Pick<ClusterList, 'value' | 'offset'>, pageSize: number): PageRange {
  const page = list.value;
  const total = page?.total ?? 0;
  const offset = page?.offset ?? list.offset;
  const shown = page?.rows.length ?? 0;
  return {
    first: shown === 0 ? 0 : offset + 1,
    last: offset + shown,
    total,
    previous: offset > 0 ? Math.max(0, offset - pageSize) : null,
    next: offset + pageSize < total ? offset + pageSize : null,
  };
}
