// A SKU's timeline beyond its level steps: its middleware events as chart markers, the clock-driven paths' sync
// ticks, and any canonical row in full for the record drawer.
import type { RowAnnotationNote } from './annotations';
import type { HistoryRequest } from './history';

/** The most markers one answer carries: enough for thousands of events, small enough to draw at once. */
export const MAX_TIMELINE_MARKERS = 10_000;

/** The most ticks a path gets in one answer; a range needing more gets none until zoomed in. */
export const MAX_SYNC_TICKS = 2_000;

export interface SkuEventsRequest extends HistoryRequest {
  /** The shown range (ISO instants); both null or missing for the SKU's whole span. */
  from?: string | null;
  to?: string | null;
}

/** One middleware event as a chart marker: what the tooltip shows and what locates its full row. */
export interface EventMarker {
  /** The instant in epoch milliseconds, as the chart plots it. */
  ts_ms: number;
  status: string;
  path: string | null;
  event_type: string;
  qty: number | null;
  source_id: number;
  line_number: number | null;
  event_id: string | null;
  /** The consultant's annotations on the event's row, oldest first; absent when it has none. */
  annotations?: RowAnnotationNote[];
}

/** The cycle ticks of one clock-driven (or mixed) path within the shown range. */
export interface SyncTicks {
  path: string;
  mode: 'clock' | 'mixed';
  period_s: number;
  /** Offset of the ticks from the epoch, modulo the period, read off the path's batch starts near the range. */
  phase_s: number | null;
  /** Tick instants in epoch milliseconds; empty when the range needs more than MAX_SYNC_TICKS (zoom in). */
  ticks_ms: number[];
  /** How many ticks fall in the range, drawn or not. */
  tick_count: number;
}

export interface SkuEvents {
  sku: string;
  location: string | null;
  /** False when the case has no analysis yet (the timeline is drawn from it); everything else is then empty. */
  analysed: boolean;
  /** The range the answer covers (ISO instants); null when the SKU has nothing timed. */
  from: string | null;
  to: string | null;
  /** The SKU's events in the range, and those without a time (never drawn). */
  total: number;
  untimed: number;
  /** True when more than MAX_TIMELINE_MARKERS events fall in the range: every non-success one is kept first,
   *  then an even sample of the successes. */
  truncated: boolean;
  markers: EventMarker[];
  ticks: SyncTicks[];
}

/** A canonical row, identified as every one is: its table, source file id and line. */
export interface RowRecordRequest {
  table: string;
  source_id: number;
  line_number: number | null;
}

export interface RecordField {
  name: string;
  /** DuckDB type name, e.g. VARCHAR, TIMESTAMP WITH TIME ZONE. */
  type: string;
  value: string | number | boolean | null;
}

export interface RecordSource {
  file_name: string;
  relative_path: string | null;
  path: string;
  system: string | null;
  kind: string | null;
  preset_name: string | null;
}

export interface RowRecord {
  table: string;
  source_id: number;
  line_number: number | null;
  /** Every column of the row in table order, raw values and payload included. */
  fields: RecordField[];
  source: RecordSource | null;
}
