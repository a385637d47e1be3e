// The ECharts option of a SKU's timeline: one lane per system (level as a step line), a middleware lane of event
// markers by status over the clock paths' sync ticks, rings in the tag's colour around annotated rows, the
// known-good, divergence and as-of lines, zoom and tooltips.
import type { RowAnnotationNote } from '../../../../shared/model/annotations';
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../../shared/model/findings';
import type { SkuHistory } from '../../../../shared/model/history';
import type { SkuEvents, SyncTicks } from '../../../../shared/model/timeline';
import type { RowFocus } from '../../store/view-slice';
import {
  MARKER_STATUS_LABELS,
  MARKER_STATUSES,
  markerStatus,
  selectAnnotatedPoints,
  selectAxisRange,
  selectMarkerPoints,
  selectStepLines,
  type AnnotatedPoint,
  type MarkerStatus,
} from '../../store/timeline-selectors';
import { axisLabel, formatInstant } from '../../store/zone-time';
import { noteLine } from '../annotations/tag-look';
import type { ChartColours } from './chart-colours';
import type { LineSeriesOption, ScatterSeriesOption, TimelineOption } from './echarts-setup';
import { escapeHtml } from './escape-html';
import type { TimelineLayout } from './timeline-layout';

export interface TimelineChartInput {
  history: SkuHistory | null;
  events: SkuEvents | null;
  span: { from: string; to: string } | null;
  /** The middleware lane's rows, top to bottom. */
  paths: string[];
  /** The clock paths whose ticks are drawn at this zoom. */
  ticks: SyncTicks[];
  zone: string;
  asOf: string | null;
  colours: ChartColours;
  layout: TimelineLayout;
}

export const SYSTEM_LABELS: Record<CountingSystem, string> = { erp: 'ERP', wms: 'WMS', storefront: 'Storefront' };

/** A series of this many points or more is drawn as one batch (no graphic element per point). */
const LARGE_THRESHOLD = 400;

/** Each status its own shape too, so the lane reads without colour. */
const STATUS_SYMBOLS: Record<MarkerStatus, string> = {
  success: 'circle',
  error: 'diamond',
  retried: 'triangle',
  duplicate: 'rect',
  pending: 'emptyCircle',
};

/** Failures draw over successes, never under them. */
const STATUS_Z: Record<MarkerStatus, number> = { success: 3, pending: 4, duplicate: 5, retried: 5, error: 6 };

const MIDDLEWARE_LANE = COUNTING_SYSTEMS.length;

const linesId = (system: CountingSystem) => `levels:${system}`;
const stepsId = (system: CountingSystem) => `steps:${system}`;
const markersId = (status: MarkerStatus) => `markers:${status}`;

/** A ring's series is named after the points it circles, so hovering or clicking a ring is the point's. */
const RING_PREFIX = 'annotated:';
const pointSeries = (seriesId: string): string => (seriesId.startsWith(RING_PREFIX) ? seriesId.slice(RING_PREFIX.length) : seriesId);

/** The row a clicked point stands for, or null for points that are not rows (a line's ends, ticks). */
export function pointFocus(ringOrPoint: string | undefined, value: unknown, input: Pick<TimelineChartInput, 'history' | 'events'>): RowFocus | null {
  if (ringOrPoint === undefined || !Array.isArray(value)) return null;
  const seriesId = pointSeries(ringOrPoint);
  const index = Number(value[2]);
  if (seriesId.startsWith('markers:')) {
    const marker = input.events?.markers[index];
    return marker === undefined ? null : { table: 'events', source_id: marker.source_id, line_number: marker.line_number };
  }
  if (seriesId.startsWith('steps:')) {
    const step = input.history?.steps[index];
    return step === undefined ? null : { table: step.table, source_id: step.source_id, line_number: step.line };
  }
  return null;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** The row's annotations, one line each in its tag's colour; the client's and the consultant's text escaped. */
function notesHtml(notes: RowAnnotationNote[] | undefined, input: TimelineChartInput): string {
  return (notes ?? [])
    .map((note) => `<div class="tl-tip-note"><span class="tl-ring" style="border-color:${input.colours.tag[note.tag]}"></span>${escapeHtml(noteLine(note))}</div>`)
    .join('');
}

function tooltipHtml(ringOrPoint: string, value: number[], input: TimelineChartInput): string {
  const seriesId = pointSeries(ringOrPoint);
  const index = value[2] ?? -1;
  const when = (ms: number) => escapeHtml(formatInstant(ms, input.zone, { zoneName: true }));
  if (seriesId.startsWith('markers:')) {
    const marker = input.events?.markers[index];
    if (marker === undefined) return '';
    const status = markerStatus(marker.status);
    const qty = marker.qty === null ? '' : ` · qty ${escapeHtml(String(marker.qty))}`;
    return [
      `<div class="tl-tip-title"><span class="tl-dot" style="background:${input.colours.status[status]}"></span>${escapeHtml(marker.status)} · ${escapeHtml(marker.event_type)}${qty}</div>`,
      `<div>${escapeHtml(marker.path ?? 'no path')}${marker.event_id === null ? '' : ` · event ${escapeHtml(marker.event_id)}`}</div>`,
      `<div class="tl-tip-muted">${when(marker.ts_ms)} · line ${marker.line_number ?? '?'}</div>`,
      notesHtml(marker.annotations, input),
      '<div class="tl-tip-muted">Click for the full record</div>',
    ].join('');
  }
  const step = input.history?.steps[index];
  if (step === undefined) return '';
  const system = step.system;
  const colour = input.colours.system[system];
  const change = step.delta === null ? 'set by a sync' : signed(step.delta);
  return [
    `<div class="tl-tip-title"><span class="tl-dot" style="background:${colour}"></span>${SYSTEM_LABELS[system]} → ${step.level} (${escapeHtml(change)})</div>`,
    `<div>${escapeHtml(step.source_file)} line ${step.line ?? '?'}</div>`,
    `<div class="tl-tip-muted">${when(Date.parse(step.ts))}</div>`,
    notesHtml(step.annotations, input),
    '<div class="tl-tip-muted">Click for the full record</div>',
  ].join('');
}

interface MarkLineSpec {
  ms: number;
  label: string;
  /** The lane whose copy of the line carries the label: the as-of label sits apart from the other two. */
  labelLane: number;
  colour: string;
  type: 'solid' | 'dashed';
  width: number;
}

function markLineSpecs(input: TimelineChartInput): MarkLineSpec[] {
  const specs: MarkLineSpec[] = [];
  const { history, colours } = input;
  if (history?.last_known_good != null) {
    specs.push({ ms: Date.parse(history.last_known_good), label: 'last known good', labelLane: 0, colour: colours.status.success, type: 'dashed', width: 1.5 });
  }
  if (history?.first_divergence != null) {
    specs.push({ ms: Date.parse(history.first_divergence), label: 'first divergence', labelLane: 0, colour: colours.status.error, type: 'dashed', width: 1.5 });
  }
  if (input.asOf !== null) {
    const ms = Date.parse(input.asOf);
    const label = `as of ${formatInstant(ms, input.zone).slice(0, 16)}`;
    specs.push({ ms, label, labelLane: MIDDLEWARE_LANE, colour: colours.accent, type: 'solid', width: 2 });
  }
  return specs;
}

/** A series without points that carries a lane's vertical lines (each grid needs its own). */
function marksSeries(lane: number, specs: MarkLineSpec[]): LineSeriesOption {
  return {
    id: `marks:${lane}`,
    type: 'line',
    xAxisIndex: lane,
    yAxisIndex: lane,
    data: [],
    silent: true,
    markLine: {
      silent: true,
      symbol: ['none', 'none'],
      animation: false,
      data: specs.map((spec) => ({
        xAxis: spec.ms,
        lineStyle: { color: spec.colour, type: spec.type, width: spec.width },
        // The middleware lane's axis runs top-down (first path on top), so its line starts at the top.
        label: { show: spec.labelLane === lane, formatter: spec.label, position: lane === MIDDLEWARE_LANE ? 'start' : 'end', color: spec.colour, fontSize: 10, distance: 2 },
      })),
    },
  };
}

/** Pads a lane's value range so a flat line is not drawn on the lane's edge. */
const paddedMin = ({ min, max }: { min: number; max: number }) =>
  Number.isFinite(min) ? Math.floor(min - Math.max(1, (max - min) * 0.15)) : 0;
const paddedMax = ({ min, max }: { min: number; max: number }) =>
  Number.isFinite(max) ? Math.ceil(max + Math.max(1, (max - min) * 0.15)) : 1;

export function buildTimelineOption(input: TimelineChartInput): TimelineOption {
  const { colours, layout, zone } = input;
  const range = selectAxisRange(input.span);
  const lanes = layout.lanes.map((_, i) => i);
  const lastLane = lanes.length - 1;
  const lines = selectStepLines(input.history, input.span);
  const markers = selectMarkerPoints(input.events, input.paths);
  const annotated = selectAnnotatedPoints(input.events, input.history, input.paths);
  const specs = markLineSpecs(input);
  let previousLabel: number | null = null;

  // The level is a silent line; its changes are a scatter over it, drawn in one batch when there are many, so a
  // lane of thousands of steps still zooms smoothly and each change can be hovered and clicked.
  const levelSeries = COUNTING_SYSTEMS.map(
    (system, lane): LineSeriesOption => ({
      id: linesId(system),
      name: SYSTEM_LABELS[system],
      type: 'line',
      step: 'end',
      xAxisIndex: lane,
      yAxisIndex: lane,
      data: lines[system],
      showSymbol: false,
      silent: true,
      color: colours.system[system],
      lineStyle: { width: 2 },
      animation: false,
    }),
  );
  const stepSeries = COUNTING_SYSTEMS.map(
    (system, lane): ScatterSeriesOption => ({
      id: stepsId(system),
      name: SYSTEM_LABELS[system],
      type: 'scatter',
      xAxisIndex: lane,
      yAxisIndex: lane,
      data: lines[system].filter((point) => point[2] >= 0),
      symbol: 'circle',
      symbolSize: 6,
      large: true,
      largeThreshold: LARGE_THRESHOLD,
      itemStyle: { color: colours.system[system] },
      emphasis: { scale: 1.6 },
      z: 3,
      animation: false,
    }),
  );

  const markerSeries = MARKER_STATUSES.map(
    (status): ScatterSeriesOption => ({
      id: markersId(status),
      name: MARKER_STATUS_LABELS[status],
      type: 'scatter',
      xAxisIndex: MIDDLEWARE_LANE,
      yAxisIndex: MIDDLEWARE_LANE,
      data: markers[status],
      symbol: STATUS_SYMBOLS[status],
      symbolSize: status === 'success' ? 8 : 10,
      large: true,
      largeThreshold: LARGE_THRESHOLD,
      itemStyle: { color: colours.status[status], opacity: 0.9 },
      z: STATUS_Z[status],
      emphasis: { scale: 1.6 },
      animation: false,
    }),
  );

  // A ring in the lead tag's colour around each annotated point, over the points; few, so drawn one by one.
  const ringSeries = (id: string, lane: number, points: AnnotatedPoint[], size: number): ScatterSeriesOption => ({
    id: `${RING_PREFIX}${id}`,
    name: 'Annotated',
    type: 'scatter',
    xAxisIndex: lane,
    yAxisIndex: lane,
    data: points.map(({ point, lead }) => ({ value: point, itemStyle: { borderColor: colours.tag[lead] } })),
    symbol: 'circle',
    symbolSize: size,
    // A transparent fill still takes the hover and the click, so the ring answers as its point does.
    itemStyle: { color: 'transparent', borderWidth: 2.5 },
    emphasis: { scale: 1.25 },
    z: 8,
    animation: false,
  });
  const rings = [
    ...COUNTING_SYSTEMS.map((system, lane) => ringSeries(stepsId(system), lane, annotated.steps[system], 14)),
    ringSeries('markers:all', MIDDLEWARE_LANE, annotated.markers, 19),
  ];

  const rows = new Map(input.paths.map((path, row) => [path, row]));
  const tickSeries: ScatterSeriesOption = {
    id: 'ticks',
    type: 'scatter',
    xAxisIndex: MIDDLEWARE_LANE,
    yAxisIndex: MIDDLEWARE_LANE,
    data: input.ticks.flatMap((path) => path.ticks_ms.map((ms) => [ms, rows.get(path.path) ?? 0])),
    symbol: 'rect',
    symbolSize: [1.5, 16],
    large: true,
    largeThreshold: LARGE_THRESHOLD,
    silent: true,
    itemStyle: { color: colours.system.middleware, opacity: 0.45 },
    z: 1,
    animation: false,
  };

  return {
    animation: false,
    useUTC: true,
    textStyle: { fontFamily: 'inherit' },
    grid: layout.lanes.map((lane) => ({ left: layout.left, right: layout.right, top: lane.top, height: lane.height })),
    xAxis: lanes.map((lane) => ({
      type: 'time',
      gridIndex: lane,
      min: range?.min,
      max: range?.max,
      axisLine: { lineStyle: { color: colours.border } },
      axisTick: { show: lane === lastLane },
      splitLine: { show: true, lineStyle: { color: colours.border, opacity: 0.6 } },
      axisLabel: {
        show: lane === lastLane,
        color: colours.muted,
        fontSize: 10.5,
        lineHeight: 14,
        hideOverlap: true,
        formatter: (value: number, index: number) => {
          if (index === 0) previousLabel = null;
          const text = axisLabel(value, zone, previousLabel);
          previousLabel = value;
          return text;
        },
      },
      axisPointer: {
        show: true,
        type: 'line',
        triggerTooltip: false,
        lineStyle: { color: colours.subtle, type: 'dashed' },
        label: {
          show: lane === lastLane,
          formatter: ({ value }: { value: unknown }) => formatInstant(Number(value), zone),
          backgroundColor: colours.muted,
          color: colours.surface,
          fontSize: 10.5,
        },
      },
    })),
    yAxis: [
      ...COUNTING_SYSTEMS.map((_, lane) => ({
        type: 'value' as const,
        gridIndex: lane,
        min: paddedMin,
        max: paddedMax,
        splitNumber: 2,
        minInterval: 1,
        // The lane's bounds are padding, not figures: only the round values between them are labelled.
        axisLabel: { color: colours.muted, fontSize: 10, showMinLabel: false, showMaxLabel: false },
        splitLine: { lineStyle: { color: colours.border, opacity: 0.6 } },
      })),
      {
        type: 'category' as const,
        gridIndex: MIDDLEWARE_LANE,
        data: input.paths.length > 0 ? input.paths : [''],
        inverse: true,
        axisLabel: { show: false },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: colours.border } },
        splitLine: { show: true, lineStyle: { color: colours.border, opacity: 0.6 } },
      },
    ],
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    dataZoom: [
      { type: 'inside', xAxisIndex: lanes, filterMode: 'none', minValueSpan: 60_000 },
      {
        type: 'slider',
        xAxisIndex: lanes,
        filterMode: 'none',
        top: layout.sliderTop,
        height: 18,
        left: layout.left,
        right: layout.right,
        showDataShadow: false,
        borderColor: colours.border,
        fillerColor: 'rgba(127, 127, 200, 0.14)',
        handleStyle: { color: colours.surface, borderColor: colours.muted },
        moveHandleStyle: { color: colours.subtle },
        textStyle: { color: colours.muted, fontSize: 10 },
        labelFormatter: (value: number) => formatInstant(value, zone),
      },
    ],
    // ECharts wires "drag across a range to zoom" through its toolbox, which must be shown for it to work: it is
    // drawn without icons, and the Brush to zoom button beside the legend toggles it.
    toolbox: {
      show: true,
      itemSize: 0,
      showTitle: false,
      feature: { dataZoom: { xAxisIndex: lanes, yAxisIndex: false, filterMode: 'none', brushStyle: { color: 'rgba(127, 127, 200, 0.18)' } } },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      transitionDuration: 0,
      backgroundColor: colours.surface,
      borderColor: colours.border,
      textStyle: { color: colours.text, fontSize: 12 },
      extraCssText: 'box-shadow: var(--shadow-raised); border-radius: 6px;',
      formatter: (params: unknown) => {
        const item = params as { seriesId?: string; value?: number[] };
        return item.seriesId === undefined || item.value === undefined ? '' : tooltipHtml(item.seriesId, item.value, input);
      },
    },
    series: [
      ...levelSeries,
      ...stepSeries,
      tickSeries,
      ...markerSeries,
      ...rings,
      ...lanes.map((lane) => marksSeries(lane, specs)),
    ],
  };
}
