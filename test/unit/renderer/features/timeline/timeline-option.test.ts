import { describe, expect, it } from 'vitest';
import type { SkuHistory } from '../../../../../shared/model/history';
import type { SkuEvents } from '../../../../../shared/model/timeline';
import type { ChartColours } from '../../../../../renderer/src/features/timeline/chart-colours';
import { timelineLayout } from '../../../../../renderer/src/features/timeline/timeline-layout';
import { buildTimelineOption, pointFocus, type TimelineChartInput } from '../../../../../renderer/src/features/timeline/timeline-option';

const COLOURS: ChartColours = {
  system: { erp: '#e', wms: '#w', storefront: '#s', middleware: '#m' },
  status: { success: '#ok', error: '#err', retried: '#re', duplicate: '#dup', pending: '#pen' },
  tag: { confirmed_root_cause: '#root', false_positive: '#fp', note: '#note' },
  text: '#t', muted: '#mu', subtle: '#su', border: '#b', surface: '#f', accent: '#a',
};

const HISTORY: SkuHistory = {
  sku: 'A',
  location: 'L',
  as_of: '2026-09-21T00:00:00.000Z',
  opening: { erp: 10, wms: 10, storefront: null },
  steps: [{ system: 'erp', ts: '2026-09-19T00:00:00.000Z', level: 14, delta: 4, table: 'ledger', source_id: 2, source_file: 'erp <export>.csv', line: 5 }],
  last_known_good: '2026-09-18T12:00:00.000Z',
  first_divergence: '2026-09-19T00:00:00.000Z',
};

const EVENTS: SkuEvents = {
  sku: 'A', location: 'L', analysed: true, from: '2026-09-18T00:00:00.000Z', to: '2026-09-21T00:00:00.000Z', total: 2, untimed: 0, truncated: false,
  markers: [
    { ts_ms: Date.parse('2026-09-19T00:00:05Z'), status: 'rejected', path: 'erp->wms', event_type: '<script>', qty: 4, source_id: 3, line_number: 17, event_id: 'e1' },
    { ts_ms: Date.parse('2026-09-20T00:00:00Z'), status: 'success', path: 'wms->erp', event_type: 'shipment_confirm', qty: -1, source_id: 3, line_number: 18, event_id: null },
  ],
  ticks: [{ path: 'erp->wms', mode: 'clock', period_s: 1800, phase_s: 5, ticks_ms: [1, 2, 3], tick_count: 3 }],
};

function input(fields: Partial<TimelineChartInput> = {}): TimelineChartInput {
  const paths = ['erp->wms', 'wms->erp'];
  return {
    history: HISTORY, events: EVENTS, span: { from: EVENTS.from ?? '', to: EVENTS.to ?? '' }, paths, ticks: EVENTS.ticks,
    zone: 'UTC', asOf: null, colours: COLOURS, layout: timelineLayout(paths.length), ...fields,
  };
}

type Series = { id: string; type: string; data: unknown[]; xAxisIndex: number; markLine?: { data: { xAxis: number; label: { show: boolean; formatter: string } }[] } };
const seriesOf = (option: ReturnType<typeof buildTimelineOption>) => option.series as Series[];
const byId = (option: ReturnType<typeof buildTimelineOption>, id: string) => seriesOf(option).find((series) => series.id === id);

describe('timeline chart option', () => {
  it('gives each system a lane with its step line, and the middleware lane markers by status over the ticks', () => {
    const option = buildTimelineOption(input());
    expect((option.grid as unknown[]).length).toBe(4);
    expect(byId(option, 'levels:erp')).toMatchObject({ type: 'line', step: 'end', xAxisIndex: 0, silent: true });
    expect(byId(option, 'levels:erp')?.data).toHaveLength(3);
    expect(byId(option, 'steps:erp')?.data).toEqual([[Date.parse('2026-09-19T00:00:00Z'), 14, 0]]);
    expect(byId(option, 'steps:wms')?.data).toEqual([]);
    expect(byId(option, 'markers:error')).toMatchObject({ xAxisIndex: 3, itemStyle: { color: '#err' } });
    expect(byId(option, 'markers:error')?.data).toEqual([[EVENTS.markers[0]?.ts_ms, 0, 0]]);
    expect(byId(option, 'markers:success')?.data).toEqual([[EVENTS.markers[1]?.ts_ms, 1, 1]]);
    expect(byId(option, 'ticks')?.data).toEqual([[1, 0], [2, 0], [3, 0]]);
  });

  it('marks the last known-good and first divergence in every lane, labelled once, and the as-of instant apart', () => {
    const option = buildTimelineOption(input({ asOf: '2026-09-20T12:00:00.000Z' }));
    const marks = seriesOf(option).filter((series) => series.id.startsWith('marks:'));
    expect(marks).toHaveLength(4);
    for (const series of marks) expect(series.markLine?.data.map((line) => line.xAxis)).toEqual([
      Date.parse('2026-09-18T12:00:00Z'), Date.parse('2026-09-19T00:00:00Z'), Date.parse('2026-09-20T12:00:00Z'),
    ]);
    const labelled = marks.flatMap((series) => (series.markLine?.data ?? []).filter((line) => line.label.show).map((line) => [series.id, line.label.formatter]));
    expect(labelled).toEqual([['marks:0', 'last known good'], ['marks:0', 'first divergence'], ['marks:3', 'as of 2026-09-20 12:00']]);
  });

  it('shows times in the display zone and escapes the client\'s text in tooltips', () => {
    const option = buildTimelineOption(input({ zone: 'America/New_York' }));
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const marker = tooltip.formatter({ seriesId: 'markers:error', value: [EVENTS.markers[0]?.ts_ms, 0, 0] });
    expect(marker).toContain('rejected · &lt;script&gt; · qty 4');
    expect(marker).toContain('2026-09-18 20:00:05 EDT · line 17');
    expect(marker).not.toContain('<script>');
    const step = tooltip.formatter({ seriesId: 'steps:erp', value: [0, 14, 0] });
    expect(step).toContain('ERP → 14 (+4)');
    expect(step).toContain('erp &lt;export&gt;.csv line 5');
  });

  it('rings the annotated markers and steps in their lead tag\'s colour, and tells their notes in the tooltip, escaped', () => {
    const plain = buildTimelineOption(input());
    expect(seriesOf(plain).filter((series) => series.id.startsWith('annotated:')).every((series) => series.data.length === 0)).toBe(true);

    const [rejected, success] = EVENTS.markers;
    const events: SkuEvents = {
      ...EVENTS,
      markers: [
        { ...(rejected as SkuEvents['markers'][number]), annotations: [{ tag: 'note', comment: 'odd <b>code</b>' }, { tag: 'confirmed_root_cause', comment: '' }] },
        success as SkuEvents['markers'][number],
      ],
    };
    const history: SkuHistory = { ...HISTORY, steps: HISTORY.steps.map((step) => ({ ...step, annotations: [{ tag: 'false_positive', comment: 'recount' }] })) };
    const option = buildTimelineOption(input({ events, history }));
    expect(byId(option, 'annotated:markers:all')).toMatchObject({ xAxisIndex: 3, z: 8 });
    expect(byId(option, 'annotated:markers:all')?.data).toEqual([{ value: [rejected?.ts_ms, 0, 0], itemStyle: { borderColor: '#root' } }]);
    expect(byId(option, 'annotated:steps:erp')?.data).toEqual([{ value: [Date.parse('2026-09-19T00:00:00Z'), 14, 0], itemStyle: { borderColor: '#fp' } }]);
    expect(byId(option, 'annotated:steps:wms')?.data).toEqual([]);

    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const onRing = tooltip.formatter({ seriesId: 'annotated:markers:all', value: [rejected?.ts_ms, 0, 0] });
    expect(onRing).toBe(tooltip.formatter({ seriesId: 'markers:error', value: [rejected?.ts_ms, 0, 0] }));
    expect(onRing).toContain('Note: odd &lt;b&gt;code&lt;/b&gt;');
    expect(onRing).toContain('border-color:#root"></span>Confirmed root cause</div>');
    expect(onRing).not.toContain('<b>');
    expect(tooltip.formatter({ seriesId: 'annotated:steps:erp', value: [0, 14, 0] })).toContain('False positive: recount');
    expect(tooltip.formatter({ seriesId: 'markers:success', value: [0, 1, 1] })).not.toContain('tl-tip-note');
    expect(pointFocus('annotated:markers:all', [0, 0, 0], input({ events }))).toEqual({ table: 'events', source_id: 3, line_number: 17 });
    expect(pointFocus('annotated:steps:erp', [0, 14, 0], input({ history }))).toEqual({ table: 'ledger', source_id: 2, line_number: 5 });
  });

  it('names the row a clicked point stands for, and nothing for the rest', () => {
    expect(pointFocus('markers:success', [0, 1, 1], input())).toEqual({ table: 'events', source_id: 3, line_number: 18 });
    expect(pointFocus('steps:erp', [0, 14, 0], input())).toEqual({ table: 'ledger', source_id: 2, line_number: 5 });
    expect(pointFocus('ticks', [1, 0], input())).toBeNull();
    expect(pointFocus(undefined, [1, 0, 0], input())).toBeNull();
  });
});
