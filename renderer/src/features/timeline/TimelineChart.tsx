// The timeline's chart with its lane labels, legend and zoom controls; clicks open records or set the as-of instant,
// and zooming into a range the first answer could not carry in full fetches that range again.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useAppStore } from '../../app/store-context';
import { formatCount } from '../../components/format';
import {
  MARKER_STATUS_LABELS,
  MARKER_STATUSES,
  selectAnnotatedCount,
  selectAxisRange,
  selectDrawnTicks,
  selectMiddlewarePaths,
  selectNeedsWindowFetch,
  selectStatusCounts,
} from '../../store/timeline-selectors';
import type { TimelineState } from '../../store/types';
import { EChart } from './EChart';
import type { ECharts } from './echarts-setup';
import { timelineLayout } from './timeline-layout';
import { buildTimelineOption, pointFocus, SYSTEM_LABELS } from './timeline-option';
import { useChartColours } from './use-chart-colours';

/** Waits this long after the last zoom step before fetching the zoomed range. */
const ZOOM_SETTLE_MS = 300;

function periodText(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

export function TimelineChart({ timeline }: { timeline: TimelineState }): ReactElement {
  const zone = useAppStore((state) => state.displayZone);
  const asOf = useAppStore((state) => state.asOf?.at ?? null);
  const openRecord = useAppStore((state) => state.openRecord);
  const setAsOf = useAppStore((state) => state.setAsOf);
  const loadTimelineWindow = useAppStore((state) => state.loadTimelineWindow);
  const colours = useChartColours();
  const [brushing, setBrushing] = useState(false);
  /** How much time the plot shows across how many pixels: decides which sync ticks are sparse enough to draw. */
  const [room, setRoom] = useState<{ visibleMs: number; plotWidth: number } | null>(null);
  const chartRef = useRef<ECharts | null>(null);

  const { history, events, span } = timeline;
  const paths = useMemo(() => selectMiddlewarePaths(events, timeline.paths), [events, timeline.paths]);
  const layout = useMemo(() => timelineLayout(paths.length), [paths.length]);
  const ticks = useMemo(() => selectDrawnTicks(events, room), [events, room]);
  const option = useMemo(
    () => buildTimelineOption({ history, events, span, paths, ticks: ticks.drawn, zone, asOf, colours, layout }),
    [history, events, span, paths, ticks, zone, asOf, colours, layout],
  );
  const counts = selectStatusCounts(events);
  const annotatedCount = selectAnnotatedCount(events, history);
  const tickCount = ticks.drawn.reduce((sum, path) => sum + path.ticks_ms.length, 0);

  // Chart handlers are bound once; they read what is current through this ref.
  const latest = useRef({ timeline, needsFetch: selectNeedsWindowFetch(timeline), hidden: ticks.hidden });
  useEffect(() => {
    latest.current = { timeline, needsFetch: selectNeedsWindowFetch(timeline), hidden: ticks.hidden };
  });

  const onChart = useCallback(
    (chart: ECharts) => {
      chartRef.current = chart;
      const zr = chart.getZr();
      let pressedAt: [number, number] | null = null;
      let settle: ReturnType<typeof setTimeout> | undefined;

      chart.on('click', (params) => {
        const focus = pointFocus(params.seriesId, params.value, latest.current.timeline);
        if (focus !== null) void openRecord(focus);
      });
      const onPress = (event: { offsetX: number; offsetY: number }) => {
        pressedAt = [event.offsetX, event.offsetY];
      };
      // A click on the plot's background (not a drag that panned it) sets the as-of instant there.
      const onBackgroundClick = (event: { offsetX: number; offsetY: number; target?: unknown }) => {
        if (event.target != null || pressedAt === null) return;
        if (Math.hypot(event.offsetX - pressedAt[0], event.offsetY - pressedAt[1]) > 3) return;
        const point = [event.offsetX, event.offsetY];
        const inPlot = layout.lanes.some((_, gridIndex) => chart.containPixel({ gridIndex }, point));
        if (!inPlot) return;
        const ms = Number(chart.convertFromPixel({ xAxisIndex: 0 }, event.offsetX));
        if (Number.isFinite(ms)) void setAsOf(new Date(Math.round(ms / 1000) * 1000).toISOString());
      };
      const measure = () => {
        const range = selectAxisRange(latest.current.timeline.span);
        const zoom = (chart.getOption().dataZoom as { start?: number; end?: number }[] | undefined)?.[0];
        if (range === null) return null;
        const start = zoom?.start ?? 0;
        const end = zoom?.end ?? 100;
        const at = (percent: number) => range.min + ((range.max - range.min) * percent) / 100;
        const next = { visibleMs: at(end) - at(start), plotWidth: chart.getWidth() - layout.left - layout.right };
        // Redrawing every series costs a frame or more: only when a path's ticks come or go.
        const hidden = selectDrawnTicks(latest.current.timeline.events, next).hidden;
        if (hidden.join('\n') !== latest.current.hidden.join('\n')) setRoom(next);
        return { start, end, from: at(start), to: at(end) };
      };
      const onZoom = () => {
        clearTimeout(settle);
        settle = setTimeout(() => {
          const shown = measure();
          if (!latest.current.needsFetch || shown === null) return;
          if (shown.start <= 0 && shown.end >= 100) return void loadTimelineWindow(null);
          void loadTimelineWindow({ from: new Date(shown.from).toISOString(), to: new Date(shown.to).toISOString() });
        }, ZOOM_SETTLE_MS);
      };
      measure();
      zr.on('mousedown', onPress);
      zr.on('click', onBackgroundClick);
      chart.on('datazoom', onZoom);
      return () => {
        clearTimeout(settle);
        chart.off('click');
        chart.off('datazoom');
        zr.off('mousedown', onPress);
        zr.off('click', onBackgroundClick);
        chartRef.current = null;
      };
    },
    [layout, openRecord, setAsOf, loadTimelineWindow],
  );

  const toggleBrush = () => {
    chartRef.current?.dispatchAction({ type: 'takeGlobalCursor', key: 'dataZoomSelect', dataZoomSelectActive: !brushing });
    setBrushing(!brushing);
  };
  const resetZoom = () => chartRef.current?.dispatchAction({ type: 'dataZoom', start: 0, end: 100 });

  return (
    <div className="timeline-chart">
      <div className="timeline-legend">
        {MARKER_STATUSES.map((status) => (
          <span key={status} className="legend-item" data-status={status}>
            <span className={`legend-symbol legend-${status}`} aria-hidden="true" />
            {MARKER_STATUS_LABELS[status]} <span className="muted">{formatCount(counts[status])}</span>
          </span>
        ))}
        {/* Always there, as the statuses are with their zero counts: the first annotation moves nothing. */}
        <span className="legend-item" data-testid="legend-annotated" title="A ring in the tag's colour circles each annotated row; hover it to read the annotations">
          <span className="legend-ring" aria-hidden="true" />
          Annotated <span className="muted">{formatCount(annotatedCount)}</span>
        </span>
        {(events?.ticks ?? []).map((path) => (
          <span key={path.path} className="legend-item muted" data-tick-path={path.path} title={`${path.path} runs on a clock (${path.mode})`}>
            <span className="legend-tick" aria-hidden="true" />
            {path.path} every {periodText(path.period_s)}
            {ticks.hidden.includes(path.path) && <span className="legend-hint">(ticks: zoom in)</span>}
          </span>
        ))}
        {/* Once a SKU has too many events for one answer, this line stays (zoomed in or not), so nothing moves. */}
        {events !== null && (events.truncated || timeline.window !== null) && (
          <span className="legend-item legend-hint" data-testid="timeline-truncated">
            {events.truncated
              ? `${formatCount(events.markers.length)} of ${formatCount(events.total)} events drawn (every failure, a sample of successes): zoom in for all`
              : `All ${formatCount(events.total)} events of this range drawn`}
          </span>
        )}
        <span className="timeline-zoom">
          <button type="button" className="segment" aria-pressed={brushing} onClick={toggleBrush} title="Drag across the chart to zoom to that range">
            Brush to zoom
          </button>
          <button type="button" className="segment" onClick={resetZoom}>
            Reset zoom
          </button>
        </span>
      </div>
      <div className="timeline-plot">
        <div className="lane-labels" style={{ height: layout.height }} aria-hidden="true">
          {layout.lanes.map((lane) => (
            <span key={lane.id} className={`lane-label lane-${lane.id}`} style={{ top: lane.top + (lane.id === 'middleware' ? -20 : lane.height / 2 - 9) }}>
              <span className={`swatch swatch-${lane.id}`} />
              {lane.id === 'middleware' ? 'Middleware' : SYSTEM_LABELS[lane.id]}
            </span>
          ))}
          {paths.map((path, row) => (
            <span key={path} className="path-label" style={{ top: (layout.pathRows[row] ?? 0) - 8 }}>
              {path}
            </span>
          ))}
        </div>
        <EChart
          key={`${timeline.key.sku}\u0000${timeline.key.location ?? ''}`}
          className="timeline-canvas"
          data-testid="timeline-canvas"
          data-marker-count={events?.markers.length ?? 0}
          data-step-count={history?.steps.length ?? 0}
          data-annotated-count={annotatedCount}
          data-tick-count={tickCount}
          data-path-count={paths.length}
          option={option}
          height={layout.height}
          onChart={onChart}
        />
      </div>
    </div>
  );
}
