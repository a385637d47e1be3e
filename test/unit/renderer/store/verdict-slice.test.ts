import { describe, expect, it } from 'vitest';
import type { ClusterSkusPage, ClusterSkusRequest, SkuFindings } from '../../../../shared/model/verdicts';
import type { Result } from '../../../../shared/result';
import { createAppStore } from '../../../../renderer/src/store/app-store';
import { CLUSTER_PAGE_SIZE } from '../../../../renderer/src/store/verdict-slice';
import { CASE_INFO, err, fakeApi, ok } from '../fake-api';
import { BOARD, clusterPage, skuFindings } from './verdict-fixtures';

/** A call whose answers the test hands out one by one, in any order. */
function deferred<Req, Res>() {
  const pending: { request: Req; answer: (result: Result<Res>) => void }[] = [];
  const call = (request: Req) => new Promise<Result<Res>>((answer) => pending.push({ request, answer }));
  return { call, pending };
}

describe('verdict slice', () => {
  it('loads the board, and tells a case never analysed (null) from one not asked yet', async () => {
    let board: typeof BOARD | null = null;
    const store = createAppStore(fakeApi({ getVerdictBoard: async () => ok(board) }).api);
    expect(store.getState().verdictBoard).toMatchObject({ value: null, loaded: false });
    store.setState({ caseInfo: CASE_INFO });

    await store.getState().loadVerdictBoard();
    expect(store.getState().verdictBoard).toMatchObject({ value: null, loaded: true, loading: false, problem: null });
    board = BOARD;
    await store.getState().loadVerdictBoard();
    expect(store.getState().verdictBoard.value).toBe(BOARD);
  });

  it('keeps the board shown when reloading it fails, and says why', async () => {
    let fail = false;
    const store = createAppStore(fakeApi({ getVerdictBoard: async () => (fail ? err('query_failed', 'disk full') : ok(BOARD)) }).api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().loadVerdictBoard();
    fail = true;
    await store.getState().loadVerdictBoard();
    expect(store.getState().verdictBoard).toMatchObject({ value: BOARD, problem: 'disk full', loading: false });
  });

  it('opens a card largest first, pages it, and does not ask again when the same card is reopened', async () => {
    const fake = fakeApi({
      getClusterSkus: async (request) => ok(clusterPage(120, request.offset, [`S${request.offset}`])),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });

    await store.getState().openClusterList('phantom_stock');
    expect(fake.calls.at(-1)?.request).toEqual({
      cluster: 'phantom_stock', sort: 'units', descending: true, filter: '', offset: 0, limit: CLUSTER_PAGE_SIZE,
    });
    await store.getState().pageClusterList(CLUSTER_PAGE_SIZE);
    expect(store.getState().clusterList).toMatchObject({ offset: CLUSTER_PAGE_SIZE, loaded: true, value: { offset: CLUSTER_PAGE_SIZE } });

    await store.getState().openClusterList('phantom_stock');
    expect(fake.calls).toHaveLength(2);
    await store.getState().openClusterList('ghost_shipment');
    expect(fake.calls.at(-1)?.request).toMatchObject({ cluster: 'ghost_shipment', offset: 0 });
  });

  it('sorts numbers largest first and SKUs from A, flips on a second click, and starts again at the first page', async () => {
    const fake = fakeApi({ getClusterSkus: async (request) => ok(clusterPage(120, request.offset, ['A'])) });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    await store.getState().openClusterList('phantom_stock');
    await store.getState().pageClusterList(100);

    const asked = () => fake.calls.at(-1)?.request as ClusterSkusRequest;
    await store.getState().sortClusterList('confidence');
    expect(asked()).toMatchObject({ sort: 'confidence', descending: true, offset: 0 });
    await store.getState().sortClusterList('confidence');
    expect(asked()).toMatchObject({ sort: 'confidence', descending: false });
    await store.getState().sortClusterList('sku');
    expect(asked()).toMatchObject({ sort: 'sku', descending: false });
    await store.getState().pageClusterList(50);
    await store.getState().filterClusterList('atl');
    expect(asked()).toMatchObject({ sort: 'sku', filter: 'atl', offset: 0 });
  });

  it('shows the answer to the last filter typed, whatever order the answers come back in', async () => {
    const calls = deferred<ClusterSkusRequest, ClusterSkusPage>();
    const store = createAppStore(fakeApi({ getClusterSkus: calls.call }).api);
    store.setState({ caseInfo: CASE_INFO });
    const opening = store.getState().openClusterList('phantom_stock');
    calls.pending[0]?.answer(ok(clusterPage(3, 0, ['A', 'B', 'C'])));
    await opening;

    const first = store.getState().filterClusterList('a');
    const second = store.getState().filterClusterList('ab');
    expect(store.getState().clusterList).toMatchObject({ filter: 'ab', loading: true });
    calls.pending[2]?.answer(ok(clusterPage(1, 0, ['AB'])));
    calls.pending[1]?.answer(ok(clusterPage(2, 0, ['A', 'AB'])));
    await Promise.all([first, second]);
    expect(store.getState().clusterList).toMatchObject({ filter: 'ab', loading: false, value: { total: 1 } });
  });

  it("loads a SKU's page, keeps it while the same SKU reloads, and starts blank for another SKU", async () => {
    const calls = deferred<{ sku: string }, SkuFindings>();
    const store = createAppStore(fakeApi({ getSkuFindings: calls.call }).api);
    store.setState({ caseInfo: CASE_INFO });

    const loading = store.getState().loadSkuPage('A', 'ATL');
    expect(store.getState().skuPage).toMatchObject({ sku: 'A', location: 'ATL', loading: true, value: null });
    calls.pending[0]?.answer(ok(skuFindings('A')));
    await loading;
    expect(store.getState().skuPage).toMatchObject({ loaded: true, loading: false, value: { sku: 'A' } });

    void store.getState().loadSkuPage('A', 'ATL');
    expect(store.getState().skuPage).toMatchObject({ loading: true, value: { sku: 'A' } });
    const other = store.getState().loadSkuPage('B', null);
    expect(store.getState().skuPage).toMatchObject({ sku: 'B', location: null, loaded: false, value: null });
    calls.pending[1]?.answer(ok(skuFindings('A')));
    calls.pending[2]?.answer(err('not_found', 'B was not compared by the last analysis'));
    await other;
    expect(store.getState().skuPage).toMatchObject({ sku: 'B', value: null, problem: 'B was not compared by the last analysis' });
  });

  it('drops what arrives for a case that is no longer open, and a new case starts with nothing loaded', async () => {
    const calls = deferred<Record<string, never>, typeof BOARD | null>();
    const fake = fakeApi({
      getVerdictBoard: calls.call,
      openCase: async ({ path }) => ok({ ...CASE_INFO, path }),
      listTables: async () => ok([]),
    });
    const store = createAppStore(fake.api);
    store.setState({ caseInfo: CASE_INFO });
    const loading = store.getState().loadVerdictBoard();
    await store.getState().openCase('/cases/b.driftcase');
    calls.pending[0]?.answer(ok(BOARD));
    await loading;
    expect(store.getState().verdictBoard).toMatchObject({ value: null, loaded: false });
  });
});
