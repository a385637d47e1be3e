import { describe, expect, it } from 'vitest';
import type { SkuHistory } from '../../../../shared/model/history';
import type { EventMarker, SkuEvents } from '../../../../shared/model/timeline';
import {
  markerStatus,
  selectAnnotatedCount,
  selectAnnotatedPoints,
  selectAxisRange,
  selectHiddenTickPaths,
  selectMarkerPoints,
  selectMiddlewarePaths,
  selectNeedsWindowFetch,
  selectStatusCounts,
  selectStepLines,
} from '../../../../renderer/src/store/timeline-selectors';

const SPAN = { from: '2026-09-18T00:00:00.000Z', to: '2026-09-21T00:00:00.000Z' };
const ms = (iso: string) => Date.parse(iso);

const marker = (fields: Partial<EventMarker>): EventMarker => ({
  ts_ms: ms('2026-09-19T00:00:00Z'), status: 'success', path: 'erp->wms', event_type: 'receipt', qty: 1, source_id: 3, line_number: 1, event_id: null, ...fields,
});

function events(markers: EventMarker[], fields: Partial<SkuEvents> = {}): SkuEvents {
  return { sku: 'A', location: null, analysed: true, ...SPAN, total: markers.length, untimed: 0, truncated: false, markers, ticks: [], ...fields };
}

const HISTORY: SkuHistory = {
  sku: 'A',
  location: null,
  as_of: SPAN.to,
  opening: { erp: 10, wms: 10, storefront: null },
  steps: [
    { system: 'erp', ts: '2026-09-19T00:00:00.000Z', level: 14, delta: 4, table: 'ledger', source_id: 1, source_file: 'e.csv', line: 5 },
    { system: 'storefront', ts: '2026-09-19T01:00:00.000Z', level: 14, delta: null, table: 'events', source_id: 2, source_file: 'l.csv', line: 9 },
    { system: 'erp', ts: '2026-09-20T00:00:00.000Z', level: 11, delta: -3, table: 'ledger', source_id: 1, source_file: 'e.csv', line: 8 },
  ],
  last_known_good: null,
  first_divergence: null,
};

describe('timeline selectors', () => {
  it('folds rejected into error and unknown into pending', () => {
    expect(['success', 'rejected', 'error', 'retried', 'duplicate', 'pending', 'unknown', 'weird'].map(markerStatus)).toEqual([
      'success', 'error', 'error', 'retried', 'duplicate', 'pending', 'pending', 'pending',
    ]);
  });

  it('draws each system from its opening level over the whole span, pointing back at its steps', () => {
    const lines = selectStepLines(HISTORY, SPAN);
    expect(lines.erp).toEqual([
      [ms(SPAN.from), 10, -1],
      [ms('2026-09-19T00:00:00Z'), 14, 0],
      [ms('2026-09-20T00:00:00Z'), 11, 2],
      [ms(SPAN.to), 11, -1],
    ]);
    expect(lines.wms).toEqual([[ms(SPAN.from), 10, -1], [ms(SPAN.to), 10, -1]]);
    // The storefront's level before its first sync is unknown: its line starts there.
    expect(lines.storefront).toEqual([[ms('2026-09-19T01:00:00Z'), 14, 1], [ms(SPAN.to), 14, -1]]);
    expect(selectStepLines(null, SPAN).erp).toEqual([]);
  });

  it('puts markers on their path\'s row, by status, and counts them', () => {
    const list = events(
      [marker({ path: 'wms->erp' }), marker({ status: 'rejected' }), marker({ path: 'relay-x', status: 'duplicate' }), marker({ path: null })],
      { ticks: [{ path: 'wms->storefront', mode: 'clock', period_s: 300, phase_s: 12, ticks_ms: [1], tick_count: 1 }] },
    );
    const paths = selectMiddlewarePaths(list);
    expect(paths).toEqual(['erp->wms', 'wms->erp', 'wms->storefront', '(no path)', 'relay-x']);
    // A zoomed range keeps the rows the whole span had.
    expect(selectMiddlewarePaths(events([marker({})]), ['erp->storefront', 'relay-x'])).toEqual(['erp->wms', 'erp->storefront', 'relay-x']);
    const points = selectMarkerPoints(list, paths);
    expect(points.success.map((point) => point.slice(1))).toEqual([[1, 0], [3, 3]]);
    expect(points.error).toEqual([[ms('2026-09-19T00:00:00Z'), 0, 1]]);
    expect(points.duplicate).toEqual([[ms('2026-09-19T00:00:00Z'), 4, 2]]);
    expect(selectStatusCounts(list)).toEqual({ success: 2, error: 1, retried: 0, duplicate: 1, pending: 0 });
  });

  it('picks the markers and steps whose rows the engine marked annotated, each with its weightiest tag', () => {
    const list = events([
      marker({ path: 'wms->erp', annotations: [{ tag: 'note', comment: 'a' }, { tag: 'false_positive', comment: '' }] }),
      marker({}),
      marker({ annotations: [] }),
    ]);
    const history: SkuHistory = {
      ...HISTORY,
      steps: HISTORY.steps.map((step, i) => (i === 2 ? { ...step, annotations: [{ tag: 'confirmed_root_cause', comment: 'x' }] } : step)),
    };
    const paths = selectMiddlewarePaths(list);
    expect(selectAnnotatedPoints(list, history, paths)).toEqual({
      markers: [{ point: [ms('2026-09-19T00:00:00Z'), 1, 0], lead: 'false_positive' }],
      steps: { erp: [{ point: [ms('2026-09-20T00:00:00Z'), 11, 2], lead: 'confirmed_root_cause' }], wms: [], storefront: [] },
    });
    expect(selectAnnotatedCount(list, history)).toBe(2);
    expect(selectAnnotatedCount(events([marker({})]), HISTORY)).toBe(0);
    expect(selectAnnotatedPoints(null, null, [])).toEqual({ markers: [], steps: { erp: [], wms: [], storefront: [] } });
  });

  it('refetches on zoom only when the first answer could not carry everything', () => {
    const dense = { path: 'erp->wms', mode: 'clock' as const, period_s: 60, phase_s: 0, ticks_ms: [], tick_count: 9000 };
    const unknownPhase = { ...dense, path: 'wms->erp', phase_s: null, tick_count: 0 };
    expect(selectHiddenTickPaths(events([], { ticks: [dense, unknownPhase] }))).toEqual(['erp->wms']);
    const state = (list: SkuEvents, window: { from: string; to: string } | null = null) => ({
      key: { sku: 'A', location: null }, status: 'ready' as const, history: null, events: list, span: SPAN, paths: [], window, problem: null,
    });
    expect(selectNeedsWindowFetch(state(events([marker({})])))).toBe(false);
    expect(selectNeedsWindowFetch(state(events([], { truncated: true })))).toBe(true);
    expect(selectNeedsWindowFetch(state(events([], { ticks: [dense] })))).toBe(true);
    expect(selectNeedsWindowFetch(state(events([]), SPAN))).toBe(true);
  });

  it('pads the axis so markers at the ends are whole', () => {
    const range = selectAxisRange(SPAN);
    expect(range?.min).toBeLessThan(ms(SPAN.from));
    expect(range?.max).toBeGreaterThan(ms(SPAN.to));
    expect(selectAxisRange(null)).toBeNull();
  });
});
