import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SkuHistory } from '../../../../shared/model/history';
import type { RowRecord, SkuEvents } from '../../../../shared/model/timeline';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';

const KEY = { sku: 'HD_GRY_M', location: 'Savannah_Port' };

const HISTORY: SkuHistory = {
  ...KEY,
  as_of: '2026-09-21T03:20:00.000Z',
  opening: { erp: 19, wms: 19, storefront: null },
  steps: [{ system: 'erp', ts: '2026-09-19T16:02:00.000Z', level: 55, delta: 36, table: 'ledger', source_id: 2, source_file: 'ns.csv', line: 219 }],
  last_known_good: null,
  first_divergence: '2026-09-19T16:02:00.000Z',
};

function events(fields: Partial<SkuEvents> = {}): SkuEvents {
  return {
    ...KEY,
    analysed: true,
    from: '2026-09-18T04:59:00.000Z',
    to: '2026-09-21T03:20:00.000Z',
    total: 1,
    untimed: 0,
    truncated: false,
    markers: [{ ts_ms: 1789835341000, status: 'error', path: 'erp->wms', event_type: 'receipt', qty: 36, source_id: 3, line_number: 459, event_id: '700457' }],
    ticks: [],
    ...fields,
  };
}

const RECORD: RowRecord = {
  table: 'events',
  source_id: 3,
  line_number: 459,
  fields: [{ name: 'status', type: 'VARCHAR', value: 'error' }],
  source: { file_name: 'integration-log.csv', relative_path: 'integration-log.csv', path: '/x/integration-log.csv', system: 'middleware', kind: 'events', preset_name: null },
};

function storeWith(handlers: Parameters<typeof fakeApi>[0]) {
  const fake = fakeApi(handlers);
  const store = createAppStore(fake.api);
  store.setState({ caseInfo: CASE_INFO });
  return { fake, store };
}

afterEach(() => vi.unstubAllGlobals());

describe('timeline slice', () => {
  it('loads the events and the history of the SKU shown; a second load of the same SKU asks nothing', async () => {
    const { fake, store } = storeWith({ getSkuEvents: async () => ok(events()), getSkuHistory: async () => ok(HISTORY) });
    const loading = store.getState().loadTimeline(KEY.sku, KEY.location);
    expect(store.getState().timeline?.status).toBe('loading');
    await loading;
    expect(store.getState().timeline).toMatchObject({
      key: KEY,
      status: 'ready',
      history: HISTORY,
      span: { from: '2026-09-18T04:59:00.000Z', to: '2026-09-21T03:20:00.000Z' },
      paths: ['erp->wms'],
      window: null,
      problem: null,
    });
    expect(fake.calls.map((call) => [call.name, call.request])).toEqual([
      ['getSkuEvents', KEY],
      ['getSkuHistory', KEY],
    ]);
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    expect(fake.calls).toHaveLength(2);
  });

  it('forgets the timeline after a new analysis, so the SKU loads again from it', async () => {
    const { fake, store } = storeWith({
      getSkuEvents: async () => ok(events()),
      getSkuHistory: async () => ok(HISTORY),
      getLevelsAsOf: async (request) => ok({ at: request.at, levels: { erp: 1, wms: 1, storefront: 1 } }),
      runAnalysis: async () => ok({} as never),
    });
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    await store.getState().setAsOf('2026-09-19T12:00:00.000Z');
    await store.getState().analyse();
    expect(store.getState()).toMatchObject({ timeline: null, asOf: null, timelineRecord: null });
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    expect(fake.namesCalled().filter((name) => name === 'getSkuEvents')).toHaveLength(2);
  });

  it('says the case is not analysed without asking for a history', async () => {
    const { fake, store } = storeWith({ getSkuEvents: async () => ok(events({ analysed: false, markers: [] })) });
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    expect(store.getState().timeline).toMatchObject({ status: 'not_analysed', history: null, events: null });
    expect(fake.namesCalled()).toEqual(['getSkuEvents']);
  });

  it('still shows the events of a SKU the drift table lacks, and fails plainly on other errors', async () => {
    const missing = storeWith({ getSkuEvents: async () => ok(events()), getSkuHistory: async () => err('not_found', 'X at Y is not in the drift table') });
    await missing.store.getState().loadTimeline('X', 'Y');
    expect(missing.store.getState().timeline).toMatchObject({ status: 'ready', history: null, problem: 'X at Y is not in the drift table' });
    expect(missing.store.getState().timeline?.events?.markers).toHaveLength(1);

    const broken = storeWith({ getSkuEvents: async () => err('query_failed', 'disk gone') });
    await broken.store.getState().loadTimeline(KEY.sku, KEY.location);
    expect(broken.store.getState().timeline).toMatchObject({ status: 'failed', problem: 'disk gone' });
  });

  it('drops the answers for a SKU the user already left', async () => {
    let answer: (value: SkuEvents) => void = () => {};
    const { store } = storeWith({
      getSkuEvents: (request) =>
        (request as { sku: string }).sku === 'OLD' ? new Promise((resolve) => (answer = (value) => resolve(ok(value)))) : Promise.resolve(ok(events())),
      getSkuHistory: async () => ok(HISTORY),
    });
    const old = store.getState().loadTimeline('OLD', null);
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    answer(events({ sku: 'OLD', location: null, total: 99 }));
    await old;
    expect(store.getState().timeline).toMatchObject({ key: KEY, status: 'ready' });
    expect(store.getState().timeline?.events?.total).toBe(1);
  });

  it('refetches a zoomed range, keeping the whole span, and only the latest range lands', async () => {
    const windowed = events({ from: '2026-09-19T00:00:00.000Z', to: '2026-09-19T06:00:00.000Z', total: 7 });
    const { fake, store } = storeWith({
      getSkuEvents: async (request) => ok((request as { from?: string }).from === undefined ? events() : windowed),
      getSkuHistory: async () => ok(HISTORY),
    });
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    const window = { from: '2026-09-19T00:00:00.000Z', to: '2026-09-19T06:00:00.000Z' };
    await store.getState().loadTimelineWindow(window);
    expect(fake.calls.at(-1)?.request).toEqual({ ...KEY, ...window });
    expect(store.getState().timeline).toMatchObject({ window, events: windowed, span: { from: '2026-09-18T04:59:00.000Z' } });
  });

  it('fetches the shown markers and steps again in place for their annotations, keeping a zoomed range', async () => {
    const noted = [{ tag: 'note' as const, comment: 'checked' }];
    let annotated = false;
    const marked = () => events({ markers: events().markers.map((m) => (annotated ? { ...m, annotations: noted } : m)) });
    const { fake, store } = storeWith({
      getSkuEvents: async () => ok(marked()),
      getSkuHistory: async () => ok(annotated ? { ...HISTORY, steps: HISTORY.steps.map((step) => ({ ...step, annotations: noted })) } : HISTORY),
    });
    await store.getState().refreshTimelineNotes();
    expect(fake.namesCalled()).toEqual([]);
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    const window = { from: '2026-09-19T00:00:00.000Z', to: '2026-09-19T06:00:00.000Z' };
    await store.getState().loadTimelineWindow(window);
    annotated = true;
    await store.getState().refreshTimelineNotes();
    expect(fake.calls.slice(-2).map((call) => [call.name, call.request])).toEqual([
      ['getSkuEvents', { ...KEY, ...window }],
      ['getSkuHistory', KEY],
    ]);
    const timeline = store.getState().timeline;
    expect(timeline).toMatchObject({ status: 'ready', window, span: { from: '2026-09-18T04:59:00.000Z' } });
    expect(timeline?.events?.markers[0]?.annotations).toEqual(noted);
    expect(timeline?.history?.steps[0]?.annotations).toEqual(noted);
  });

  it('takes a display zone Intl knows, in its canonical spelling, remembers it, and refuses an unknown one', () => {
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => saved.set(key, value) });
    const { store } = storeWith({});
    expect(store.getState().displayZone).toBe('UTC');
    expect(store.getState().setDisplayZone('Mars/Olympus')).toBe(false);
    expect(store.getState().displayZone).toBe('UTC');
    expect(store.getState().setDisplayZone(' america/new_york ')).toBe(true);
    expect(store.getState().displayZone).toBe('America/New_York');
    expect(storeWith({}).store.getState().displayZone).toBe('America/New_York');
  });

  it('opens a row\'s full record and closes it', async () => {
    const { fake, store } = storeWith({ getRowRecord: async () => ok(RECORD) });
    const focus = { table: 'events', source_id: 3, line_number: 459 };
    const opening = store.getState().openRecord(focus);
    expect(store.getState().timelineRecord).toEqual({ focus, record: null, problem: null });
    await opening;
    expect(store.getState().timelineRecord).toEqual({ focus, record: RECORD, problem: null });
    expect(fake.calls.at(-1)?.request).toEqual(focus);
    store.getState().closeRecord();
    expect(store.getState().timelineRecord).toBeNull();

    const missing = storeWith({ getRowRecord: async () => err('not_found', 'no such row') });
    await missing.store.getState().openRecord(focus);
    expect(missing.store.getState().timelineRecord).toMatchObject({ record: null, problem: 'no such row' });
  });

  it('travels to an instant: every system\'s figure from the engine, cleared on demand', async () => {
    const { fake, store } = storeWith({
      getSkuEvents: async () => ok(events()),
      getSkuHistory: async () => ok(HISTORY),
      getLevelsAsOf: async (request) => ok({ at: request.at, levels: { erp: 19, wms: 19, storefront: null } }),
    });
    await store.getState().loadTimeline(KEY.sku, KEY.location);
    await store.getState().setAsOf('2026-09-19T12:00:00.000Z');
    expect(fake.calls.at(-1)?.request).toEqual({ ...KEY, at: '2026-09-19T12:00:00.000Z' });
    expect(store.getState().asOf).toEqual({ at: '2026-09-19T12:00:00.000Z', levels: { erp: 19, wms: 19, storefront: null }, problem: null });
    await store.getState().setAsOf(null);
    expect(store.getState().asOf).toBeNull();
  });
});
